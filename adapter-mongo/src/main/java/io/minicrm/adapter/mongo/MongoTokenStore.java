package io.minicrm.adapter.mongo;

import java.time.Instant;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.out.TokenStore;
import io.minicrm.application.port.shared.ApiToken;
import io.minicrm.application.port.shared.TokenId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps API tokens in MongoDB by id, found by the unique hash of their secret. */
public final class MongoTokenStore implements TokenStore {

    private final MongoCollection<Document> tokens;

    MongoTokenStore(MongoCollection<Document> tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<ApiToken> save(ApiToken token) {
        return Mono.from(tokens.replaceOne(
                        Filters.eq("id", token.id().value()),
                        IdentityCodec.token(token),
                        new ReplaceOptions().upsert(true)))
                .thenReturn(token);
    }

    @Override
    public Mono<ApiToken> findByHash(String hash) {
        return Mono.from(tokens.find(Filters.eq("hash", hash)).first()).map(IdentityCodec::token);
    }

    @Override
    public Flux<ApiToken> ofWorkspace(WorkspaceId workspace) {
        return Flux.from(tokens.find(Filters.eq("ws", workspace.value())).sort(Sorts.descending("createdAt", "id")))
                .map(IdentityCodec::token);
    }

    @Override
    public Mono<ApiToken> revoke(WorkspaceId workspace, TokenId id, Instant at) {
        Document ofWorkspace = new Document("ws", workspace.value()).append("id", id.value());
        // Set only where not yet revoked, so that the first revocation's time stays; then read what is stored.
        return Mono.from(tokens.findOneAndUpdate(
                        Filters.and(ofWorkspace, Filters.exists("revokedAt", false)),
                        Updates.set("revokedAt", Bsons.instant(at)),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .switchIfEmpty(
                        Mono.defer(() -> Mono.from(tokens.find(ofWorkspace).first())))
                .map(IdentityCodec::token);
    }

    @Override
    public Mono<Void> touch(TokenId id, Instant at) {
        return Mono.from(tokens.updateOne(Filters.eq("id", id.value()), Updates.set("lastUsedAt", Bsons.instant(at))))
                .then();
    }
}
