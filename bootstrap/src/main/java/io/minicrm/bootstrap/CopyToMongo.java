package io.minicrm.bootstrap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.minicrm.adapter.embedded.EmbeddedStorage;
import io.minicrm.adapter.embedded.StoredRecords;
import io.minicrm.adapter.mongo.MongoStorage;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Copies every record of the embedded file, of every workspace, into MongoDB through the Mongo stores' own writes, so
 * that the copy keeps their documents and indexes. Records already there are kept or rewritten as the stores do, so a
 * copy interrupted may be run again.
 */
final class CopyToMongo {

    private static final int BATCH = 1_000;

    private CopyToMongo() {}

    /** How many records of each kind were read from the file and written, in the order they were copied. */
    static Map<String, Long> copy(EmbeddedStorage from, MongoStorage to) {
        StoredRecords records = from.records();
        Map<String, Long> copied = new LinkedHashMap<>();
        copied.put(
                "customers", count(records.customers(), batch -> to.customers().saveAll(batch)));
        copied.put(
                "orders",
                count(records.orders(), batch -> to.orders().insertNew(batch).then()));
        copied.put("segments", count(records.segments(), each(to.segments()::save)));
        copied.put(
                "campaigns",
                count(
                        records.campaigns(),
                        each(campaign -> to.campaigns()
                                .findById(campaign.workspace(), campaign.id())
                                .switchIfEmpty(to.campaigns().insert(campaign)))));
        copied.put(
                "deliveries",
                count(
                        records.deliveries(),
                        batch -> to.deliveries().insertNew(batch).then()));
        copied.put("importJobs", count(records.importJobs(), each(to.importJobs()::save)));
        copied.put("suppressions", count(records.suppressions(), each(to.suppressions()::suppress)));
        copied.put("users", count(records.users(), each(to.users()::insertIfAbsent)));
        copied.put("memberships", count(records.memberships(), each(to.memberships()::save)));
        copied.put("invitations", count(records.invitations(), each(to.memberships()::invite)));
        copied.put("tokens", count(records.tokens(), each(to.tokens()::save)));
        copied.put("auditEntries", count(records.auditEntries(), each(to.auditLog()::record)));
        return copied;
    }

    /** Writes a batch one record at a time, in order. */
    private static <T> Function<List<T>, Mono<Void>> each(Function<T, Mono<?>> write) {
        return batch -> Flux.fromIterable(batch).concatMap(write).then();
    }

    private static <T> long count(Flux<T> records, Function<List<T>, Mono<Void>> write) {
        Long written = records.buffer(BATCH)
                .concatMap(batch -> write.apply(batch).thenReturn((long) batch.size()))
                .reduce(0L, Long::sum)
                .block();
        return written == null ? 0 : written;
    }
}
