package io.minicrm.adapter.http.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The ID token Google's sign-in button hands the page, as {@code credential}. */
@Serdeable
public record GoogleSignInRequest(@Nullable String credential) {}
