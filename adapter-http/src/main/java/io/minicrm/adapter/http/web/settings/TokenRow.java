package io.minicrm.adapter.http.web.settings;

import java.time.Instant;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.application.port.shared.ApiToken;

/** An API token as the settings page lists it: never its secret, which only the answer that made it shows. */
public record TokenRow(
        String id, String name, String role, String expires, String lastUsed, String state, boolean revocable) {

    static TokenRow of(ApiToken token, Instant now) {
        String state = token.revokedAt().isPresent() ? "revoked" : token.isValidAt(now) ? "active" : "expired";
        return new TokenRow(
                token.id().value(),
                token.name(),
                token.role().wireName(),
                Formats.time(token.expiresAt()),
                token.lastUsedAt().map(Formats::time).orElse("never"),
                state,
                state.equals("active"));
    }
}
