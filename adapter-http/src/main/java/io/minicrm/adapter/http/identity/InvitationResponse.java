package io.minicrm.adapter.http.identity;

import java.time.Instant;

import io.micronaut.serde.annotation.Serdeable;

/** An invitation not yet taken up. */
@Serdeable
public record InvitationResponse(String email, String role, String invitedBy, Instant at) {}
