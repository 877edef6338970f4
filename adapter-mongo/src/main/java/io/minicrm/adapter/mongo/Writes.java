package io.minicrm.adapter.mongo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.WriteModel;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.CrmException;
import io.minicrm.domain.shared.Problem;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the stores' writes share: refusing a taken key as a conflict, and inserting only what is new in bulk. */
final class Writes {

    private static final int DUPLICATE_KEY = 11000;
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private Writes() {}

    static <T> Mono<T> refusingTakenKeys(Mono<T> write, String conflict) {
        return write.onErrorMap(Writes::isDuplicateKey, taken -> new CrmException(new Problem.Conflict(conflict)));
    }

    static boolean isDuplicateKey(Throwable error) {
        return switch (error) {
            case MongoWriteException write -> write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
            case MongoCommandException command -> command.getErrorCode() == DUPLICATE_KEY;
            default -> false;
        };
    }

    /**
     * Inserts the items as one unordered bulk write and emits those it inserted, in the order given; an item whose key
     * is already stored is skipped (the write already happened), any other failure fails the whole call.
     */
    static <T> Flux<T> insertNew(
            MongoCollection<Document> collection, List<T> items, Function<T, Document> toDocument) {
        return Flux.defer(() -> refusedAsDuplicates(
                        collection,
                        items.stream()
                                .map(item -> new InsertOneModel<>(toDocument.apply(item)))
                                .toList())
                .flatMapIterable(skipped -> IntStream.range(0, items.size())
                        .filter(index -> !skipped.contains(index))
                        .mapToObj(items::get)
                        .toList()));
    }

    /**
     * Makes the writes as one unordered bulk write and gives the positions of those refused for a duplicate key; any
     * other failure fails the whole call.
     */
    static Mono<Set<Integer>> refusedAsDuplicates(
            MongoCollection<Document> collection, List<? extends WriteModel<Document>> writes) {
        if (writes.isEmpty()) {
            return Mono.just(Set.of());
        }
        return Mono.from(collection.bulkWrite(writes, UNORDERED))
                .map(done -> Set.<Integer>of())
                .onErrorResume(MongoBulkWriteException.class, Writes::skippedOrFail);
    }

    private static Mono<Set<Integer>> skippedOrFail(MongoBulkWriteException failure) {
        List<BulkWriteError> errors = failure.getWriteErrors();
        if (failure.getWriteConcernError() != null
                || errors.stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
            return Mono.error(failure);
        }
        return Mono.just(
                new HashSet<>(errors.stream().map(BulkWriteError::getIndex).toList()));
    }

    /** The items without repeats of an earlier one's keys, the first kept, as one write of them all would keep it. */
    static <T> List<T> firstOfEachKey(List<T> items, List<Function<T, Object>> keys) {
        List<Set<Object>> seen =
                keys.stream().map(key -> (Set<Object>) new HashSet<>()).toList();
        List<T> kept = new ArrayList<>(items.size());
        for (T item : items) {
            boolean repeated = false;
            for (int i = 0; i < keys.size(); i++) {
                Object key = keys.get(i).apply(item);
                repeated |= key != null && seen.get(i).contains(key);
            }
            if (!repeated) {
                for (int i = 0; i < keys.size(); i++) {
                    Object key = keys.get(i).apply(item);
                    if (key != null) {
                        seen.get(i).add(key);
                    }
                }
                kept.add(item);
            }
        }
        return kept;
    }
}
