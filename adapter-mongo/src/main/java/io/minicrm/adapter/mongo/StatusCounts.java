package io.minicrm.adapter.mongo;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** How many of the matching documents are in each status, every status present, counted by the server. */
final class StatusCounts {

    private StatusCounts() {}

    static <S extends Enum<S>> Mono<Map<S, Long>> of(
            MongoCollection<Document> collection, Bson filter, String statusKey, Class<S> statuses) {
        return Flux.from(collection.aggregate(List.of(
                        Aggregates.match(filter), Aggregates.group("$" + statusKey, Accumulators.sum("count", 1)))))
                .collectMap(
                        group -> Enum.valueOf(statuses, group.getString("_id")),
                        group -> ((Number) group.get("count")).longValue())
                .map(found -> {
                    Map<S, Long> counts = new EnumMap<>(statuses);
                    Arrays.stream(statuses.getEnumConstants())
                            .forEach(status -> counts.put(status, found.getOrDefault(status, 0L)));
                    return counts;
                });
    }
}
