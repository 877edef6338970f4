package io.minicrm.adapter.http.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A member's new role. */
@Serdeable
@Schema(example = """
        {"role":"viewer"}""")
public record RoleRequest(String role) {}
