package io.minicrm.adapter.http.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Offers a role to whoever signs in with the e-mail. */
@Serdeable
@Schema(example = """
        {"email":"ravi@example.com","role":"marketer"}""")
public record InvitationRequest(String email, String role) {}
