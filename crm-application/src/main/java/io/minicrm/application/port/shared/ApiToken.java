package io.minicrm.application.port.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.workspace.WorkspaceId;

/**
 * A script's or CI job's key to one workspace in one role. Only a hash of the secret is kept: the secret itself is
 * shown once, when the token is made.
 */
public record ApiToken(
        TokenId id,
        WorkspaceId workspace,
        Role role,
        String name,
        String hash,
        UserId createdBy,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> revokedAt,
        Optional<Instant> lastUsedAt) {

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    }

    public boolean isValidAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }

    public ApiToken revoked(Instant at) {
        return new ApiToken(
                id, workspace, role, name, hash, createdBy, createdAt, expiresAt, Optional.of(at), lastUsedAt);
    }

    public ApiToken usedAt(Instant at) {
        return new ApiToken(
                id, workspace, role, name, hash, createdBy, createdAt, expiresAt, revokedAt, Optional.of(at));
    }
}
