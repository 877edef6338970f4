package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.minicrm.adapter.embedded.EmbeddedStorage;
import io.minicrm.adapter.mongo.MongoSettings;
import io.minicrm.adapter.mongo.MongoStorage;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.shared.ApiToken;
import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.Invitation;
import io.minicrm.application.port.shared.Membership;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.TokenId;
import io.minicrm.application.port.shared.User;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Operator;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.segment.Value;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.suppression.SuppressionReason;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The copy into MongoDB carries every record of every workspace, sign-in's included: the same count and checksum per
 * collection, and no second record when it is run again.
 */
class CopyToMongoTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:15:30.123456789Z");
    private static final List<WorkspaceId> SHOPS = List.of(WorkspaceId.DEFAULT, new WorkspaceId("second-shop"));
    private static final int CUSTOMERS = 600;

    @Test
    void the_copy_holds_as_many_records_with_the_same_checksum_in_every_collection(
            @TempDir Path data, @TempDir Path mongo) {
        try (EmbeddedStorage embedded = EmbeddedStorage.open(data, FieldCatalogue.standard())) {
            SHOPS.forEach(shop -> fill(embedded, shop));
        }
        MongoServer server =
                new MongoServer(new H2Backend(mongo.resolve("copied.mv.db").toString()));
        server.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        try (EmbeddedStorage from = EmbeddedStorage.open(data, FieldCatalogue.standard());
                MongoStorage to = MongoStorage.open(new MongoSettings(uri, "copied"), FieldCatalogue.standard())) {
            Map<String, Long> copied = CopyToMongo.copy(from, to);

            assertThat(copied)
                    .containsExactly(
                            Map.entry("customers", 2L * CUSTOMERS),
                            Map.entry("orders", 2L * CUSTOMERS),
                            Map.entry("segments", 2L),
                            Map.entry("campaigns", 2L),
                            Map.entry("deliveries", 2L * CUSTOMERS),
                            Map.entry("importJobs", 2L),
                            Map.entry("suppressions", 2L),
                            Map.entry("users", 2L),
                            Map.entry("memberships", 2L),
                            Map.entry("invitations", 2L),
                            Map.entry("tokens", 2L),
                            Map.entry("auditEntries", 4L));
            assertThat(checksum(to, CopyToMongoTest::customers))
                    .isEqualTo(checksum(from.records().customers()));
            assertThat(checksum(to, CopyToMongoTest::orders))
                    .isEqualTo(checksum(from.records().orders()));
            assertThat(checksum(to, CopyToMongoTest::segments))
                    .isEqualTo(checksum(from.records().segments()));
            assertThat(checksum(to, CopyToMongoTest::campaigns))
                    .isEqualTo(checksum(from.records().campaigns()));
            assertThat(checksum(to, CopyToMongoTest::deliveries))
                    .isEqualTo(checksum(from.records().deliveries()));
            assertThat(checksum(to, CopyToMongoTest::importJobs))
                    .isEqualTo(checksum(from.records().importJobs()));
            assertThat(checksum(to, CopyToMongoTest::suppressions))
                    .isEqualTo(checksum(from.records().suppressions()));
            assertThat(checksum(
                            from.records().users().concatMap(user -> to.users().findById(user.id()))))
                    .isEqualTo(checksum(from.records().users()));
            assertThat(checksum(Flux.fromIterable(SHOPS).concatMap(to.memberships()::ofWorkspace)))
                    .isEqualTo(checksum(from.records().memberships()));
            assertThat(checksum(Flux.fromIterable(SHOPS).concatMap(to.memberships()::invitationsOf)))
                    .isEqualTo(checksum(from.records().invitations()));
            assertThat(checksum(Flux.fromIterable(SHOPS).concatMap(to.tokens()::ofWorkspace)))
                    .isEqualTo(checksum(from.records().tokens()));
            assertThat(checksum(to, CopyToMongoTest::auditEntries))
                    .isEqualTo(checksum(from.records().auditEntries()));

            // A copy run again, as after an interruption, leaves one of each record.
            CopyToMongo.copy(from, to);
            assertThat(auditEntries(to).count().block()).isEqualTo(4);
            assertThat(Flux.fromIterable(SHOPS)
                            .concatMap(to.memberships()::ofWorkspace)
                            .count()
                            .block())
                    .isEqualTo(2);
        } finally {
            server.shutdownNow();
        }
    }

    /**
     * A workspace's customers, each with an order counted, a segment, a campaign with a delivery each, a job and one
     * customer unsubscribed.
     */
    private static void fill(EmbeddedStorage storage, WorkspaceId shop) {
        List<Customer> customers = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        for (int index = 0; index < CUSTOMERS; index++) {
            Customer customer = Customer.register(
                    shop,
                    new CustomerId("c-" + index),
                    new Email("c" + index + "@example.com"),
                    new Profile(
                            Optional.of("Customer " + index),
                            Optional.empty(),
                            Optional.of("Pune"),
                            Set.of("vip"),
                            Map.of()),
                    Money.of("0", "INR").currency(),
                    NOW);
            customers.add(customer);
            orders.add(new Order(
                    shop,
                    new OrderId("o-" + index),
                    Optional.of("REF-" + index),
                    customer.id(),
                    Money.of(index + ".50", "INR"),
                    List.of(),
                    NOW));
        }
        storage.customers().saveAll(customers).block();
        storage.orders().insertNew(orders).blockLast();
        Flux.fromIterable(orders)
                .concatMap(order -> storage.customers().applyOrder(order, NOW))
                .blockLast();
        Segment segment = new Segment(
                shop,
                new SegmentId("s-1"),
                "Pune",
                "",
                Rule.when("city", Operator.EQ, Value.text("Pune")),
                "me",
                NOW,
                NOW);
        storage.segments().save(segment).block();
        Campaign campaign = Campaign.draft(
                        shop,
                        new CampaignId(shop.value() + "-k-1"),
                        new NewCampaign(
                                "Hello",
                                segment.id(),
                                Channel.EMAIL,
                                Optional.of("Hi"),
                                "Hi {{first_name|there}}",
                                Map.of()),
                        FieldCatalogue.standard(),
                        "me",
                        NOW)
                .get()
                .queue(segment.rule(), NOW)
                .get();
        storage.campaigns().insert(campaign).block();
        storage.campaigns()
                .count(shop, campaign.id(), CounterChange.audienceAdded(CUSTOMERS))
                .block();
        storage.deliveries()
                .insertNew(customers.stream()
                        .map(customer -> Delivery.pending(
                                shop,
                                campaign.id(),
                                customer.id(),
                                customer.email().value(),
                                new RenderedMessage(Optional.of("Hi"), "Hi " + customer.id()),
                                NOW))
                        .toList())
                .blockLast();
        storage.importJobs()
                .save(ImportJob.started(new ImportJobId(shop.value() + "-job"), shop, ImportKind.CUSTOMERS, NOW))
                .block();
        storage.suppressions()
                .suppress(new Suppression(
                        shop,
                        Channel.EMAIL,
                        customers.getFirst().email().value(),
                        SuppressionReason.UNSUBSCRIBED,
                        Optional.empty(),
                        NOW))
                .block();
        User owner = new User(
                new UserId(shop.value() + "-owner"),
                "https://accounts.google.com",
                shop.value(),
                shop.value() + "@example.com",
                "Owner of " + shop.value(),
                NOW);
        storage.users().insertIfAbsent(owner).block();
        storage.memberships()
                .save(new Membership(shop, owner.id(), Role.OWNER, NOW))
                .block();
        storage.memberships()
                .invite(new Invitation(shop, "viewer@example.com", Role.VIEWER, owner.id(), NOW))
                .block();
        storage.tokens()
                .save(new ApiToken(
                        new TokenId(shop.value() + "-token"),
                        shop,
                        Role.MARKETER,
                        "nightly import",
                        "hash-" + shop.value(),
                        owner.id(),
                        NOW,
                        NOW.plusSeconds(86_400),
                        Optional.empty(),
                        Optional.of(NOW.plusSeconds(60))))
                .block();
        storage.auditLog()
                .record(new AuditEntry(Optional.of(shop), NOW, owner.email(), "sign-in", "google", "127.0.0.1"))
                .block();
        storage.auditLog()
                .record(new AuditEntry(
                        Optional.of(shop), NOW.plusSeconds(1), owner.email(), "token created", "nightly import", "::1"))
                .block();
    }

    private static Flux<AuditEntry> auditEntries(MongoStorage storage) {
        return everyPage(shop -> page -> storage.auditLog().list(shop, page));
    }

    /** The sum of the records' hash codes, which does not depend on the order they are read in. */
    private static long checksum(Flux<?> records) {
        return records.map(record -> (long) record.hashCode())
                .reduce(0L, Long::sum)
                .block();
    }

    private static <T> long checksum(MongoStorage storage, Function<MongoStorage, Flux<T>> read) {
        return checksum(read.apply(storage));
    }

    private static Flux<Customer> customers(MongoStorage storage) {
        return everyPage(shop -> page -> storage.customers()
                .list(shop, new CustomerListing(Optional.empty(), CustomerListing.Sort.EMAIL, false, page)));
    }

    private static Flux<Order> orders(MongoStorage storage) {
        return everyPage(shop -> page -> storage.orders()
                .list(shop, new OrderListing(Optional.empty(), Optional.empty(), Optional.empty(), page)));
    }

    private static Flux<Segment> segments(MongoStorage storage) {
        return everyPage(shop -> page -> storage.segments().list(shop, page));
    }

    private static Flux<Campaign> campaigns(MongoStorage storage) {
        return everyPage(shop ->
                page -> storage.campaigns().list(shop, Optional.<CampaignStatus>empty(), Optional.empty(), page));
    }

    private static Flux<Delivery> deliveries(MongoStorage storage) {
        return everyPage(shop ->
                page -> storage.deliveries().list(shop, new CampaignId(shop.value() + "-k-1"), Optional.empty(), page));
    }

    private static Flux<Suppression> suppressions(MongoStorage storage) {
        return everyPage(shop -> page -> storage.suppressions().list(shop, page));
    }

    private static Flux<ImportJob> importJobs(MongoStorage storage) {
        return everyPage(shop -> page -> storage.importJobs().list(shop, page));
    }

    /** Every item of every page of a listing, in both workspaces. */
    private static <T> Flux<T> everyPage(Function<WorkspaceId, Function<PageRequest, Mono<Page<T>>>> listing) {
        return Flux.fromIterable(SHOPS)
                .concatMap(shop -> Flux.range(0, Integer.MAX_VALUE)
                        .concatMap(number -> listing.apply(shop).apply(new PageRequest(number, 500)))
                        .takeWhile(page -> !page.items().isEmpty())
                        .concatMapIterable(Page::items));
    }
}
