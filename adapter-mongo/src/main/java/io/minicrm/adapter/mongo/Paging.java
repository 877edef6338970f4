package io.minicrm.adapter.mongo;

import java.util.function.Function;

import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** One page of a sorted listing and the size of the whole listing, asked of the server side by side. */
final class Paging {

    /**
     * How many documents one reply of a streamed query carries. Asked for everything at once (as a count does), the
     * driver would let a server without MongoDB's 16 MB reply cap (the in-process one) answer in one oversized reply.
     */
    static final int STREAM_BATCH = 1_000;

    private Paging() {}

    static <T> Mono<Page<T>> page(
            MongoCollection<Document> collection,
            Bson filter,
            Bson sort,
            PageRequest request,
            Function<Document, T> decode) {
        return page(collection, filter, filter, sort, request, decode);
    }

    /** One page of the documents matching {@code shown}, with the total of those matching {@code counted}. */
    static <T> Mono<Page<T>> page(
            MongoCollection<Document> collection,
            Bson counted,
            Bson shown,
            Bson sort,
            PageRequest request,
            Function<Document, T> decode) {
        int skip = (int) Math.min(request.offset(), Integer.MAX_VALUE);
        return Mono.zip(
                        Flux.from(collection.find(shown).sort(sort).skip(skip).limit(request.size()))
                                .map(decode)
                                .collectList(),
                        Mono.from(collection.countDocuments(counted)))
                .map(found -> new Page<>(found.getT1(), request, found.getT2()));
    }
}
