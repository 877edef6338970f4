package io.minicrm.adapter.mongo;

import static io.minicrm.adapter.mongo.SuppressionCodec.ADDRESS;
import static io.minicrm.adapter.mongo.SuppressionCodec.CHANNEL;
import static io.minicrm.adapter.mongo.SuppressionCodec.SINCE;
import static io.minicrm.adapter.mongo.SuppressionCodec.WORKSPACE;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.out.SuppressionStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps suppression lists in MongoDB, one document per workspace, channel and address. Suppressing is an upsert that
 * sets fields only on insert, so the first entry stands and two nodes suppressing at once store one.
 */
public final class MongoSuppressionStore implements SuppressionStore {

    private static final FindOneAndUpdateOptions INSERT_ONCE =
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> suppressions;

    MongoSuppressionStore(MongoCollection<Document> suppressions) {
        this.suppressions = suppressions;
    }

    @Override
    public Mono<Suppression> suppress(Suppression suppression) {
        Document key = SuppressionCodec.key(suppression.workspace(), suppression.channel(), suppression.address());
        Mono<Suppression> upsert = Mono.from(suppressions.findOneAndUpdate(
                        key, Updates.setOnInsert(SuppressionCodec.toDocument(suppression)), INSERT_ONCE))
                .map(SuppressionCodec::toSuppression);
        // Two upserts of one new key at once: the unique index lets one insert, and the other finds its entry.
        return upsert.onErrorResume(
                Writes::isDuplicateKey,
                raced -> Mono.from(suppressions.find(key).first()).map(SuppressionCodec::toSuppression));
    }

    @Override
    public Mono<Set<String>> suppressedAmong(WorkspaceId workspace, Channel channel, Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return Mono.just(Set.of());
        }
        return Flux.from(suppressions
                        .find(Filters.and(
                                Filters.eq(WORKSPACE, workspace.value()),
                                Filters.eq(CHANNEL, channel.name()),
                                Filters.in(ADDRESS, addresses)))
                        .projection(Projections.include(ADDRESS)))
                .map(found -> found.getString(ADDRESS))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Mono<Page<Suppression>> list(WorkspaceId workspace, PageRequest page) {
        return Paging.page(
                suppressions,
                Filters.eq(WORKSPACE, workspace.value()),
                Sorts.descending(SINCE, CHANNEL, ADDRESS),
                page,
                SuppressionCodec::toSuppression);
    }

    @Override
    public Mono<Boolean> lift(WorkspaceId workspace, Channel channel, String address) {
        return Mono.from(suppressions.deleteOne(SuppressionCodec.key(workspace, channel, address)))
                .map(deleted -> deleted.getDeletedCount() > 0);
    }
}
