package io.minicrm.adapter.http.identity;

import io.micronaut.serde.annotation.Serdeable;

/** A member's new role. */
@Serdeable
public record RoleRequest(String role) {}
