package io.minicrm.adapter.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.out.UserStore;
import io.minicrm.application.port.shared.User;
import io.minicrm.application.port.shared.UserId;
import org.bson.Document;
import reactor.core.publisher.Mono;

/** Keeps users in MongoDB, unique by issuer and subject: one upsert, so two first sign-ins at once make one user. */
public final class MongoUserStore implements UserStore {

    private final MongoCollection<Document> users;

    MongoUserStore(MongoCollection<Document> users) {
        this.users = users;
    }

    @Override
    public Mono<User> insertIfAbsent(User user) {
        return Mono.from(users.findOneAndUpdate(
                        Filters.and(Filters.eq("iss", user.issuer()), Filters.eq("sub", user.subject())),
                        new Document("$setOnInsert", IdentityCodec.user(user)),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)))
                .map(IdentityCodec::user);
    }

    @Override
    public Mono<User> findById(UserId id) {
        return Mono.from(users.find(Filters.eq("id", id.value())).first()).map(IdentityCodec::user);
    }

    @Override
    public Mono<User> findBySubject(String issuer, String subject) {
        return Mono.from(users.find(Filters.and(Filters.eq("iss", issuer), Filters.eq("sub", subject)))
                        .first())
                .map(IdentityCodec::user);
    }
}
