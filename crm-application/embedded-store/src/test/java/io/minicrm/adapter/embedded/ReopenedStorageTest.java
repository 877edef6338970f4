package io.minicrm.adapter.embedded;

import static io.minicrm.domain.customer.CustomerGenerators.CLOCK;
import static io.minicrm.domain.customer.CustomerGenerators.customers;
import static io.minicrm.domain.segment.RuleGenerators.CATALOGUE;
import static io.minicrm.domain.segment.RuleGenerators.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.shared.ApiToken;
import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.Invitation;
import io.minicrm.application.port.shared.Membership;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.TokenId;
import io.minicrm.application.port.shared.User;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.order.OrderItem;
import io.minicrm.domain.segment.CompiledRule;
import io.minicrm.domain.segment.Operator;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleEvaluator;
import io.minicrm.domain.segment.RuleGenerators;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.segment.Value;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the stores wrote is there, unchanged, when the storage is closed and opened again on the same directory. */
class ReopenedStorageTest {

    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final long SEED = 14_2026_12_06L;
    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00.123456789Z");

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Test
    void everything_written_is_found_unchanged_after_reopening() {
        EmbeddedStorage first = storage.open();
        Path directory = storage.directoryOf(first);
        Customer asha = Customer.register(
                SHOP,
                new CustomerId("c-1"),
                new Email("asha@example.com"),
                new Profile(
                        Optional.of("Asha Rao"),
                        Optional.of("+91 98200 00000"),
                        Optional.of("Pune"),
                        Set.of("vip"),
                        Map.of(
                                "plan",
                                new AttributeValue.Text("gold"),
                                "renewal_at",
                                new AttributeValue.Moment(NOW.plusSeconds(86_400)))),
                Money.of("0", "INR").currency(),
                NOW);
        Order order = new Order(
                SHOP,
                new OrderId("o-1"),
                Optional.of("SHOP-1"),
                asha.id(),
                Money.of("150.25", "INR"),
                List.of(new OrderItem("Tea", 3, Money.of("50.0833", "INR"))),
                NOW);
        Segment segment = new Segment(
                SHOP,
                new SegmentId("s-1"),
                "Big spenders",
                "over 100",
                Rule.all(
                        Rule.when("total_spend", Operator.GT, Value.number(100)),
                        Rule.when(
                                "attr.plan",
                                Operator.IN,
                                new Value.Many(List.of(Value.text("gold"), Value.text("say \"hi\""))))),
                "me",
                NOW,
                NOW);
        Campaign campaign = Campaign.draft(
                        SHOP,
                        new CampaignId("k-1"),
                        new NewCampaign(
                                "Thanks",
                                segment.id(),
                                Channel.EMAIL,
                                Optional.of("For you, {{first_name|friend}}"),
                                "Plan {{attr.plan|none}}: {{discount}}% off",
                                Map.of("discount", "10")),
                        RuleGenerators.CATALOGUE,
                        "me",
                        NOW)
                .get()
                .queue(segment.rule(), NOW)
                .get();
        Delivery delivery = Delivery.pending(
                SHOP,
                campaign.id(),
                asha.id(),
                "asha@example.com",
                new RenderedMessage(Optional.of("For you, Asha"), "Plan gold: 10% off"),
                NOW);
        ImportJob job = ImportJob.started(new ImportJobId("job-1"), SHOP, ImportKind.CUSTOMERS, NOW);

        first.customers().insert(asha).block();
        Customer counted = first.customers().applyOrder(order, NOW).block();
        first.orders().insert(order).block();
        first.segments().save(segment).block();
        first.campaigns().insert(campaign).block();
        Campaign withCounters = first.campaigns()
                .count(SHOP, campaign.id(), CounterChange.audienceAdded(1))
                .block();
        Campaign tagged = first.campaigns()
                .retag(withCounters
                        .retag(List.of("loyalty", "monsoon"), List.of("monsoon"), NOW)
                        .get())
                .block();
        first.deliveries().insertNew(List.of(delivery)).blockLast();
        first.importJobs().save(job).block();
        first.close();

        EmbeddedStorage reopened = storage.open(directory);

        assertThat(reopened.customers().findById(SHOP, asha.id()).block()).isEqualTo(counted);
        assertThat(reopened.orders().findByExternalRef(SHOP, "SHOP-1").block()).isEqualTo(order);
        assertThat(reopened.segments().findById(SHOP, segment.id()).block()).isEqualTo(segment);
        assertThat(reopened.campaigns().findById(SHOP, campaign.id()).block()).isEqualTo(tagged);
        assertThat(reopened.deliveries().findById(delivery.id()).block()).isEqualTo(delivery);
        assertThat(reopened.importJobs().findById(SHOP, job.id()).block()).isEqualTo(job);
    }

    @Test
    void users_members_invitations_tokens_and_the_audit_trail_are_found_unchanged_after_reopening() {
        EmbeddedStorage first = storage.open();
        Path directory = storage.directoryOf(first);
        User asha = new User(new UserId("u-1"), "https://accounts.google.com", "g-1", "asha@example.com", "Asha", NOW);
        User ravi = new User(new UserId("u-2"), "https://accounts.google.com", "g-2", "ravi@example.com", "Ravi", NOW);
        Membership owner = new Membership(SHOP, asha.id(), Role.OWNER, NOW);
        Invitation kept = new Invitation(SHOP, "meera@example.com", Role.VIEWER, asha.id(), NOW);
        Invitation withdrawn = new Invitation(SHOP, "old@example.com", Role.MARKETER, asha.id(), NOW);
        ApiToken token = new ApiToken(
                new TokenId("t-1"),
                SHOP,
                Role.MARKETER,
                "nightly import",
                "hash-1",
                asha.id(),
                NOW,
                NOW.plusSeconds(86_400),
                Optional.empty(),
                Optional.empty());
        List<AuditEntry> trail = List.of(
                new AuditEntry(Optional.of(SHOP), NOW, "asha@example.com", "sign-in", "google", "127.0.0.1"),
                new AuditEntry(
                        Optional.empty(), NOW.plusSeconds(1), "unknown", "sign-in refused", "expired", "10.0.0.9"),
                new AuditEntry(
                        Optional.of(SHOP), NOW.plusSeconds(2), "asha@example.com", "token", "created", "127.0.0.1"));

        first.users().insertIfAbsent(asha).block();
        first.users().insertIfAbsent(ravi).block();
        first.memberships().save(owner).block();
        first.memberships()
                .save(new Membership(SHOP, ravi.id(), Role.VIEWER, NOW))
                .block();
        first.memberships().remove(SHOP, ravi.id()).block();
        first.memberships().invite(kept).block();
        first.memberships().invite(withdrawn).block();
        first.memberships().removeInvitation(SHOP, withdrawn.email()).block();
        first.tokens().save(token).block();
        first.tokens().touch(token.id(), NOW.plusSeconds(60)).block();
        first.tokens().revoke(SHOP, token.id(), NOW.plusSeconds(120)).block();
        trail.forEach(entry -> first.auditLog().record(entry).block());
        first.close();

        EmbeddedStorage reopened = storage.open(directory);

        assertThat(reopened.users().findBySubject(asha.issuer(), asha.subject()).block())
                .isEqualTo(asha);
        assertThat(reopened.users().findById(ravi.id()).block()).isEqualTo(ravi);
        assertThat(reopened.memberships().ofWorkspace(SHOP).collectList().block())
                .containsExactly(owner);
        assertThat(reopened.memberships().invitationsOf(SHOP).collectList().block())
                .containsExactly(kept);
        assertThat(reopened.tokens().findByHash("hash-1").block())
                .isEqualTo(token.usedAt(NOW.plusSeconds(60)).revoked(NOW.plusSeconds(120)));
        assertThat(reopened.auditLog().list(SHOP, PageRequest.FIRST).block().items())
                .containsExactly(trail.get(2), trail.get(0));
    }

    @Test
    void generated_customers_read_back_equal_and_select_the_same_audiences_after_reopening() {
        EmbeddedStorage first = storage.open();
        Map<WorkspaceId, List<Customer>> written = writeGenerated(first, 200);
        EmbeddedStorage reopened = storage.open(storage.directoryOf(first));

        written.forEach((workspace, customers) -> customers.forEach(customer -> assertThat(
                        reopened.customers().findById(workspace, customer.id()).block())
                .isEqualTo(customer)));
        qt().withFixedSeed(SEED).withExamples(200).forAll(rules()).checkAssert(rule -> {
            CompiledRule matches =
                    new RuleEvaluator(CATALOGUE, CLOCK).compile(rule).get();
            written.forEach((workspace, customers) -> assertThat(reopened.customers()
                            .countAudience(workspace, AudienceQuery.of(rule, CATALOGUE, CLOCK))
                            .block())
                    .isEqualTo(customers.stream().filter(matches::matches).count()));
        });
    }

    @Test
    void once_the_background_reading_completes_after_reopening_the_customers_are_those_written() throws Exception {
        EmbeddedStorage first = storage.open();
        Map<WorkspaceId, List<Customer>> written = writeGenerated(first, 50);
        EmbeddedStorage reopened = storage.open(storage.directoryOf(first));
        reopened.readCustomersInBackground().get(30, TimeUnit.SECONDS);

        written.forEach((workspace, customers) -> customers.forEach(customer -> assertThat(reopened.customers()
                        .findByEmail(workspace, customer.email())
                        .block())
                .isEqualTo(customer)));
    }

    /** Writes generated crowds of customers, each in a workspace of its own, and closes the storage. */
    private static Map<WorkspaceId, List<Customer>> writeGenerated(EmbeddedStorage first, int crowds) {
        Map<WorkspaceId, List<Customer>> written = new HashMap<>();
        qt().withFixedSeed(SEED)
                .withExamples(crowds)
                .forAll(lists().of(customers()).ofSizeBetween(0, 20))
                .checkAssert(crowd -> {
                    WorkspaceId workspace = new WorkspaceId("w-" + written.size());
                    List<Customer> customers = distinct(crowd, workspace);
                    first.customers().saveAll(customers).block();
                    written.put(workspace, customers);
                });
        first.close();
        return written;
    }

    @Test
    void workspaces_whose_names_begin_alike_keep_their_own_customers_after_reopening() {
        EmbeddedStorage first = storage.open();
        Map<WorkspaceId, Integer> sizes = Map.of(
                new WorkspaceId("shop"),
                3,
                new WorkspaceId("shop-eu"),
                2,
                new WorkspaceId("shop0"),
                1,
                new WorkspaceId("shop2"),
                4);
        sizes.forEach((workspace, size) -> {
            for (int index = 0; index < size; index++) {
                first.customers()
                        .insert(Customer.register(
                                workspace,
                                new CustomerId("c-" + index),
                                new Email("customer" + index + "@example.com"),
                                Profile.EMPTY,
                                Money.of("0", "INR").currency(),
                                NOW))
                        .block();
            }
        });
        first.close();

        EmbeddedStorage reopened = storage.open(storage.directoryOf(first));

        // The sizes the start reserves the indexes by, counted from the keys alone.
        assertThat(reopened.records().customerTable().sizesByWorkspace())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        new WorkspaceId("shop"), 3L,
                        new WorkspaceId("shop-eu"), 2L,
                        new WorkspaceId("shop0"), 1L,
                        new WorkspaceId("shop2"), 4L));
        sizes.forEach((workspace, size) -> {
            assertThat(reopened.customers().count(workspace).block())
                    .as("customers of %s", workspace)
                    .isEqualTo(size.longValue());
            assertThat(reopened.customers()
                            .findByEmail(workspace, new Email("customer0@example.com"))
                            .block()
                            .workspace())
                    .isEqualTo(workspace);
        });
    }

    @Test
    void a_customer_changed_first_thing_after_reopening_keeps_what_was_stored_with_the_change() {
        EmbeddedStorage first = storage.open();
        Customer asha = asha(
                new Profile(Optional.of("Asha Rao"), Optional.empty(), Optional.of("Pune"), Set.of("vip"), Map.of()));
        first.customers().insert(asha).block();
        first.customers().applyOrder(order(asha, "o-1", "100.50"), NOW).block();
        first.close();

        // Nothing reads the customer before the order: the change meets a customer the start has only indexed.
        EmbeddedStorage reopened = storage.open(storage.directoryOf(first));
        reopened.customers()
                .applyOrder(order(asha, "o-2", "20"), NOW.plusSeconds(60))
                .block();
        reopened.close();
        EmbeddedStorage again = storage.open(storage.directoryOf(first));

        Customer stored = again.customers().findByEmail(SHOP, asha.email()).block();
        assertThat(stored.profile()).isEqualTo(asha.profile());
        assertThat(stored.purchases().totalSpend()).isEqualTo(Money.of("120.50", "INR"));
        assertThat(stored.purchases().countedOrders())
                .containsExactlyInAnyOrder(new OrderId("o-1"), new OrderId("o-2"));
    }

    private static Customer asha(Profile profile) {
        return Customer.register(
                SHOP,
                new CustomerId("c-1"),
                new Email("asha@example.com"),
                profile,
                Money.of("0", "INR").currency(),
                NOW);
    }

    private static Order order(Customer customer, String id, String amount) {
        return new Order(
                SHOP, new OrderId(id), Optional.empty(), customer.id(), Money.of(amount, "INR"), List.of(), NOW);
    }

    @Test
    void a_deleted_customer_stays_deleted_after_reopening() {
        EmbeddedStorage first = storage.open();
        Customer asha = asha(Profile.EMPTY);
        first.customers().insert(asha).block();
        first.customers().delete(SHOP, asha.id()).block();
        first.close();

        EmbeddedStorage reopened = storage.open(storage.directoryOf(first));

        assertThat(reopened.customers().findById(SHOP, asha.id()).blockOptional())
                .isEmpty();
        assertThat(reopened.customers().count(SHOP).block()).isZero();
    }

    @Test
    void counters_left_short_by_a_process_stopped_between_storing_and_counting_deliveries_are_recounted_on_opening() {
        EmbeddedStorage first = storage.open();
        Campaign campaign = Campaign.draft(
                        SHOP,
                        new CampaignId("k-short"),
                        new NewCampaign("Short", new SegmentId("s-1"), Channel.SMS, Optional.empty(), "Hi", Map.of()),
                        RuleGenerators.CATALOGUE,
                        "me",
                        NOW)
                .get()
                .queue(Rule.when("city", Operator.EQ, Value.text("Pune")), NOW)
                .get();
        first.campaigns().insert(campaign).block();
        List<Delivery> stored = List.of("c-1", "c-2", "c-3").stream()
                .map(customer -> Delivery.pending(
                        SHOP,
                        campaign.id(),
                        new CustomerId(customer),
                        "+91 1",
                        new RenderedMessage(Optional.empty(), "Hi"),
                        NOW))
                .toList();
        first.deliveries().insertNew(stored).blockLast();
        first.campaigns()
                .count(SHOP, campaign.id(), CounterChange.audienceAdded(2))
                .block();
        first.close();

        EmbeddedStorage reopened = storage.open(storage.directoryOf(first));

        assertThat(reopened.campaigns().findById(SHOP, campaign.id()).block().counters())
                .isEqualTo(new CampaignCounters(3, 3, 0, 0, 0));
    }

    @Test
    void a_file_written_before_deliveries_were_filed_by_customer_has_them_filed_on_opening() {
        EmbeddedStorage first = storage.open();
        Path directory = storage.directoryOf(first);
        List<Delivery> stored = List.of("k-1", "k-2").stream()
                .map(campaign -> Delivery.pending(
                        SHOP,
                        new CampaignId(campaign),
                        new CustomerId("c-1"),
                        "+91 1",
                        new RenderedMessage(Optional.empty(), "Hi"),
                        NOW))
                .toList();
        first.deliveries().insertNew(stored).blockLast();
        first.close();
        MVStore older = new MVStore.Builder()
                .fileName(directory.resolve(EmbeddedStorage.FILE).toString())
                .open();
        older.removeMap("deliveriesByCustomer");
        older.close();

        EmbeddedStorage reopened = storage.open(directory);

        assertThat(reopened.deliveries()
                        .listForCustomer(SHOP, new CustomerId("c-1"), PageRequest.FIRST)
                        .block()
                        .items())
                .containsExactlyInAnyOrderElementsOf(stored);
    }

    /** The crowd moved into one workspace, with ids and e-mails made distinct. */
    private static List<Customer> distinct(List<Customer> crowd, WorkspaceId workspace) {
        List<Customer> customers = new ArrayList<>();
        for (int index = 0; index < crowd.size(); index++) {
            Customer customer = crowd.get(index);
            customers.add(new Customer(
                    workspace,
                    new CustomerId("c-" + index),
                    new Email("c" + index + "@example.com"),
                    customer.profile(),
                    customer.purchases(),
                    customer.createdAt(),
                    customer.updatedAt()));
        }
        return customers;
    }
}
