package io.minicrm.adapter.http.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An API token to make: its name, role and lifetime in days (30 when not given). */
@Serdeable
public record TokenRequest(
        String name, String role, @Nullable Integer expiresInDays) {}
