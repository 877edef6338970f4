package io.minicrm.adapter.embedded;

import java.time.Instant;
import java.util.List;

import io.minicrm.adapter.embedded.Table.Touched;
import io.minicrm.application.inmemory.InMemoryTokenStore;
import io.minicrm.application.port.out.TokenStore;
import io.minicrm.application.port.shared.ApiToken;
import io.minicrm.application.port.shared.TokenId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps API tokens (their hashes) in the embedded file; the in-memory store it loaded at start answers every read. */
final class EmbeddedTokenStore implements TokenStore {

    private final InMemoryTokenStore memory;
    private final Table<ApiToken> table;

    EmbeddedTokenStore(InMemoryTokenStore memory, Table<ApiToken> table) {
        this.memory = memory;
        this.table = table;
    }

    @Override
    public Mono<ApiToken> save(ApiToken token) {
        return table.write(memory.save(token), saved -> List.of(current(token.id())));
    }

    @Override
    public Mono<ApiToken> findByHash(String hash) {
        return memory.findByHash(hash);
    }

    @Override
    public Flux<ApiToken> ofWorkspace(WorkspaceId workspace) {
        return memory.ofWorkspace(workspace);
    }

    @Override
    public Mono<ApiToken> revoke(WorkspaceId workspace, TokenId id, Instant at) {
        return table.write(memory.revoke(workspace, id, at), revoked -> List.of(current(id)));
    }

    @Override
    public Mono<Void> touch(TokenId id, Instant at) {
        return table.write(memory.touch(id, at), touched -> List.of(current(id)));
    }

    /** The token as memory now holds it; tokens are keyed by id alone, as ids are unique across workspaces. */
    private Touched<ApiToken> current(TokenId id) {
        return new Touched<>(id.value(), memory.findById(id));
    }
}
