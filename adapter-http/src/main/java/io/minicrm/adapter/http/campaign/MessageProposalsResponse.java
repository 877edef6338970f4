package io.minicrm.adapter.http.campaign;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** Message templates proposed for a campaign, each ready to use as its {@code message}. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageProposalsResponse(List<String> messages) {}
