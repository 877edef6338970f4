package io.minicrm.adapter.mongo;

import java.util.List;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The indexes each collection needs, created at start. Each has a fixed name and definition, so creating them again
 * (every start) changes nothing.
 */
final class CollectionIndexes {

    private CollectionIndexes() {}

    static Mono<Void> create(MongoDatabase database) {
        return Flux.concat(
                        create(
                                database,
                                Collections.CUSTOMERS,
                                List.of(
                                        unique("workspace_id", "ws", "id"),
                                        unique("workspace_email", "ws", "email"),
                                        plain("workspace_created", "ws", "createdAt"),
                                        plain("workspace_spend", "ws", "spend"),
                                        plain("workspace_last_order", "ws", "lastOrderAt"),
                                        plain("workspace_city", "ws", "fold.city"),
                                        plain("workspace_tags", "ws", "tags"))),
                        create(
                                database,
                                Collections.ORDERS,
                                List.of(
                                        unique("workspace_id", "ws", "id"),
                                        // Sparse on one key rather than partial on (ws, ref): the test server has no
                                        // partial indexes.
                                        new IndexModel(
                                                keys(OrderCodec.WORKSPACE_REF),
                                                new IndexOptions()
                                                        .name("workspace_ref")
                                                        .unique(true)
                                                        .sparse(true)),
                                        plain("workspace_customer_placed", "ws", "customer", "placedAt"),
                                        plain("workspace_placed", "ws", "placedAt"))),
                        create(
                                database,
                                Collections.SEGMENTS,
                                List.of(
                                        unique("workspace_id", "ws", "id"),
                                        plain("workspace_created", "ws", "createdAt"))),
                        create(
                                database,
                                Collections.CAMPAIGNS,
                                List.of(
                                        unique("workspace_id", "ws", "id"),
                                        plain("workspace_created", "ws", "createdAt"),
                                        plain("workspace_tags_created", "ws", "tags", "createdAt"),
                                        plain("status", "status"))),
                        create(
                                database,
                                Collections.DELIVERIES,
                                List.of(
                                        unique("workspace_campaign_customer", "ws", "campaign", "customer"),
                                        plain("workspace_campaign_status", "ws", "campaign", "status"),
                                        plain("workspace_customer_created", "ws", "customer", "createdAt"),
                                        // Receipts read back the moves they made by token; only moved deliveries have
                                        // tokens.
                                        new IndexModel(
                                                keys(DeliveryCodec.MOVES),
                                                new IndexOptions().name("moves").sparse(true)))),
                        create(
                                database,
                                Collections.IMPORT_JOBS,
                                List.of(
                                        unique("workspace_id", "ws", "id"),
                                        plain("workspace_started", "ws", ImportJobCodec.STARTED_AT),
                                        plain("status_updated", ImportJobCodec.STATUS, ImportJobCodec.UPDATED_AT))),
                        create(
                                database,
                                Collections.USERS,
                                List.of(unique("issuer_subject", "iss", "sub"), unique("id", "id"))),
                        create(
                                database,
                                Collections.MEMBERS,
                                List.of(unique("workspace_user", "ws", "user"), plain("user", "user", "since"))),
                        create(
                                database,
                                Collections.INVITATIONS,
                                List.of(unique("workspace_email", "ws", "email"), plain("email", "email"))),
                        create(
                                database,
                                Collections.TOKENS,
                                List.of(unique("id", "id"), unique("hash", "hash"), plain("workspace", "ws"))),
                        create(database, Collections.AUDIT, List.of(plain("workspace_at", "ws", "at"))),
                        create(
                                database,
                                Collections.SUPPRESSIONS,
                                List.of(
                                        unique(
                                                "workspace_channel_address",
                                                SuppressionCodec.WORKSPACE,
                                                SuppressionCodec.CHANNEL,
                                                SuppressionCodec.ADDRESS),
                                        plain("workspace_since", SuppressionCodec.WORKSPACE, SuppressionCodec.SINCE))))
                .then();
    }

    private static Flux<String> create(MongoDatabase database, String collection, List<IndexModel> indexes) {
        return Flux.from(database.getCollection(collection).createIndexes(indexes));
    }

    private static IndexModel unique(String name, String... fields) {
        return new IndexModel(keys(fields), new IndexOptions().name(name).unique(true));
    }

    private static IndexModel plain(String name, String... fields) {
        return new IndexModel(keys(fields), new IndexOptions().name(name));
    }

    private static Bson keys(String... fields) {
        return Indexes.ascending(fields);
    }
}
