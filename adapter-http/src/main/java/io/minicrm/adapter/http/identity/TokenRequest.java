package io.minicrm.adapter.http.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** An API token to make: its name, role and lifetime in days (30 when not given). */
@Serdeable
@Schema(example = """
        {"name":"nightly import","role":"marketer","expiresInDays":90}""")
public record TokenRequest(
        String name, String role, @Nullable Integer expiresInDays) {}
