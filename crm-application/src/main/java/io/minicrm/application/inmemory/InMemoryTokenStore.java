package io.minicrm.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.minicrm.application.port.out.TokenStore;
import io.minicrm.application.port.shared.ApiToken;
import io.minicrm.application.port.shared.TokenId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps API tokens in memory, by id. */
public final class InMemoryTokenStore implements TokenStore {

    private final Map<TokenId, ApiToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Mono<ApiToken> save(ApiToken token) {
        return Mono.fromSupplier(() -> {
            tokens.put(token.id(), token);
            return token;
        });
    }

    /** Empty when no token has this id; not part of the port, as callers find tokens by their secret's hash. */
    public Mono<ApiToken> findById(TokenId id) {
        return Mono.fromSupplier(() -> tokens.get(id));
    }

    @Override
    public Mono<ApiToken> findByHash(String hash) {
        return Mono.fromSupplier(() -> tokens.values().stream()
                .filter(token -> token.hash().equals(hash))
                .findFirst()
                .orElse(null));
    }

    @Override
    public Flux<ApiToken> ofWorkspace(WorkspaceId workspace) {
        return Flux.defer(() -> Flux.fromIterable(List.copyOf(tokens.values())))
                .filter(token -> token.workspace().equals(workspace))
                .sort(Comparator.comparing(ApiToken::createdAt)
                        .thenComparing(token -> token.id().value())
                        .reversed());
    }

    @Override
    public Mono<ApiToken> revoke(WorkspaceId workspace, TokenId id, Instant at) {
        return Mono.fromSupplier(() -> Optional.ofNullable(tokens.get(id))
                .filter(token -> token.workspace().equals(workspace))
                .map(token -> tokens.computeIfPresent(
                        id, (key, stored) -> stored.revokedAt().isPresent() ? stored : stored.revoked(at)))
                .orElse(null));
    }

    @Override
    public Mono<Void> touch(TokenId id, Instant at) {
        return Mono.fromRunnable(() -> tokens.computeIfPresent(id, (key, stored) -> stored.usedAt(at)));
    }
}
