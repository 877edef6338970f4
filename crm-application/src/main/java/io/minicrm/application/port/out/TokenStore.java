package io.minicrm.application.port.out;

import java.time.Instant;

import io.minicrm.application.port.shared.ApiToken;
import io.minicrm.application.port.shared.TokenId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps API tokens by the hash of their secret; the secret itself is never given to a store. */
public interface TokenStore {

    /** Inserts or replaces the token by id. */
    Mono<ApiToken> save(ApiToken token);

    /** Empty when no token has this hash, whatever its workspace. */
    Mono<ApiToken> findByHash(String hash);

    /** The workspace's tokens, revoked and expired ones included, newest first. */
    Flux<ApiToken> ofWorkspace(WorkspaceId workspace);

    /** Marks the workspace's token revoked at {@code at} (once: a second revocation keeps the first time); empty when there is no such token there. */
    Mono<ApiToken> revoke(WorkspaceId workspace, TokenId id, Instant at);

    /** Records that the token was used at {@code at}. */
    Mono<Void> touch(TokenId id, Instant at);
}
