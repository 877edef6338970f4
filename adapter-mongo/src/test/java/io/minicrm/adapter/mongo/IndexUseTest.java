package io.minicrm.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.mongodb.ExplainVerbosity;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.minicrm.application.port.out.ImportedCustomer;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

/** The queries the stores make by key, and their listings, read from indexes no more documents than they return. */
@EnabledIfEnvironmentVariable(
        named = "CRM_TEST_MONGO_URI",
        matches = ".*\\S.*",
        disabledReason =
                "needs a real MongoDB named by"
                        + " CRM_TEST_MONGO_URI: the in-JVM test server has no query planner and cannot explain which index answers a query")
class IndexUseTest {

    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    private static final int CUSTOMERS = 60;

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Test
    void lookups_by_key_listings_and_receipt_read_backs_read_only_what_they_return() {
        MongoStorage mongo = storage.open();
        List<Customer> customers = IntStream.range(0, CUSTOMERS)
                .mapToObj(n -> Customer.register(
                        SHOP,
                        new CustomerId("c-" + n),
                        new Email("c" + n + "@example.com"),
                        Profile.EMPTY,
                        Currency.getInstance("INR"),
                        NOW.plusSeconds(n)))
                .toList();
        mongo.customers().saveAll(customers).block();
        List<Order> orders = IntStream.range(0, CUSTOMERS * 3)
                .mapToObj(n -> new Order(
                        SHOP,
                        new OrderId("o-" + n),
                        Optional.of("SHOP-" + n),
                        customers.get(n % CUSTOMERS).id(),
                        Money.of("10", "INR"),
                        List.of(),
                        NOW.minusSeconds(n)))
                .toList();
        mongo.orders().insertNew(orders).blockLast();
        orders.forEach(order -> mongo.customers().applyOrder(order, NOW).block());
        List<Delivery> deliveries = new ArrayList<>();
        for (String campaign : List.of("k-1", "k-2", "k-3")) {
            customers.forEach(customer -> deliveries.add(Delivery.pending(
                    SHOP,
                    new CampaignId(campaign),
                    customer.id(),
                    customer.email().value(),
                    new RenderedMessage(Optional.empty(), "Hi"),
                    NOW)));
        }
        mongo.deliveries().insertNew(deliveries).blockLast();
        mongo.deliveries()
                .applyReceipts(
                        deliveries.subList(0, 10).stream()
                                .map(delivery -> new Receipt(
                                        delivery.id(), DeliveryStatus.SENT, Optional.empty(), Optional.empty(), NOW))
                                .toList(),
                        NOW)
                .blockLast();
        Customer read = mongo.customers().findById(SHOP, new CustomerId("c-7")).block();
        Customer imported = new Customer(
                SHOP,
                read.id(),
                read.email(),
                read.profile(),
                new PurchaseHistory(
                        Money.of("999", "INR"),
                        40,
                        read.purchases().firstOrderAt(),
                        read.purchases().lastOrderAt(),
                        read.purchases().countedOrders()),
                read.createdAt(),
                read.updatedAt().plusSeconds(1));

        Document moved = Mono.from(mongo.database()
                        .getCollection("deliveries")
                        .find(Filters.exists(DeliveryCodec.MOVES))
                        .first())
                .block();

        assertReadsAtMost(mongo, "customers", Bsons.byKey("shop", "c-7"), null, 1);
        assertReadsAtMost(mongo, "customers", new Document("ws", "shop").append("email", "c7@example.com"), null, 1);
        assertReadsAtMost(
                mongo,
                "customers",
                CustomerUpsert.of(new ImportedCustomer(imported, Optional.of(read)))
                        .getFilter(),
                null,
                1);
        assertReadsAtMost(
                mongo,
                "customers",
                Bsons.byKey("shop", "c-7")
                        .append("counted", new Document("$ne", "o-999"))
                        .append("currency", "INR"),
                null,
                1);
        assertReadsAtMost(
                mongo,
                "orders",
                Filters.eq(OrderCodec.WORKSPACE_REF, OrderCodec.workspaceRef(SHOP, "SHOP-7")),
                null,
                1);
        assertReadsAtMost(
                mongo,
                "orders",
                Filters.and(Filters.eq("ws", "shop"), Filters.eq("customer", "c-7")),
                Sorts.descending("placedAt", "id"),
                3);
        assertReadsAtMost(
                mongo,
                "deliveries",
                Filters.and(Filters.eq("ws", "shop"), Filters.eq("campaign", "k-1"), Filters.eq("status", "SENT")),
                null,
                10);
        assertReadsAtMost(
                mongo,
                "deliveries",
                Filters.and(Filters.eq("ws", "shop"), Filters.eq("customer", "c-7")),
                Sorts.descending("createdAt", "_id"),
                3);
        assertReadsAtMost(
                mongo,
                "deliveries",
                Filters.in(DeliveryCodec.MOVES, moved.getList(DeliveryCodec.MOVES, String.class)),
                null,
                1);
    }

    /** The query is answered from an index, reading no more documents than it may return. */
    private static void assertReadsAtMost(
            MongoStorage mongo, String collection, Bson filter, Bson sort, int documents) {
        Document explained = Mono.from(mongo.database()
                        .getCollection(collection)
                        .find(filter)
                        .sort(sort)
                        .explain(ExplainVerbosity.EXECUTION_STATS))
                .block();
        Object winner = explained.get("queryPlanner", Document.class).get("winningPlan");
        List<Object> stages = new ArrayList<>();
        collect(winner, "stage", stages);
        assertThat(stages)
                .as("stages answering %s in %s: %s", filter, collection, winner)
                .doesNotContain("COLLSCAN");
        assertThat(((Number) explained.get("executionStats", Document.class).get("totalDocsExamined")).longValue())
                .as("documents read for %s in %s", filter, collection)
                .isLessThanOrEqualTo(documents);
    }

    /** Gathers the values of the key wherever it appears in the plan, whichever shape the server's plans take. */
    private static void collect(Object plan, String key, List<Object> found) {
        if (plan instanceof Document document) {
            document.forEach((name, value) -> {
                if (name.equals(key)) {
                    found.add(value);
                }
                collect(value, key, found);
            });
        } else if (plan instanceof List<?> list) {
            list.forEach(item -> collect(item, key, found));
        }
    }
}
