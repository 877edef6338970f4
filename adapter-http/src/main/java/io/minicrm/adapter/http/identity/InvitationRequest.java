package io.minicrm.adapter.http.identity;

import io.micronaut.serde.annotation.Serdeable;

/** Offers a role to whoever signs in with the e-mail. */
@Serdeable
public record InvitationRequest(String email, String role) {}
