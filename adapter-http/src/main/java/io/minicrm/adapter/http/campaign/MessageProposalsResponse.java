package io.minicrm.adapter.http.campaign;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** Message templates proposed for a campaign, each ready to use as its {@code message}. */
@Serdeable
public record MessageProposalsResponse(List<String> messages) {
}
