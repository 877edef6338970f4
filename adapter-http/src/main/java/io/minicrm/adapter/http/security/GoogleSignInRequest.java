package io.minicrm.adapter.http.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The ID token Google's sign-in button hands the page, as {@code credential}. */
@Serdeable
@Schema(example = """
        {"credential":"eyJhbGciOiJSUzI1NiIsImtpZCI6Ii4uLiJ9.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20ifQ.c2lnbmF0dXJl"}""")
public record GoogleSignInRequest(@Nullable String credential) {}
