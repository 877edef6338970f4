package io.minicrm.application;

import static io.minicrm.application.GeneratedShop.KOLKATA;
import static io.minicrm.application.GeneratedShop.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.minicrm.application.GeneratedShop.Figures;
import io.minicrm.application.GeneratedShop.Person;
import io.minicrm.application.GeneratedShop.Refusal;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.inmemory.InMemoryDispatchQueue;
import io.minicrm.application.inmemory.InMemoryOrderStore;
import io.minicrm.application.inmemory.InMemorySegmentStore;
import io.minicrm.application.inmemory.SimulatedVendor;
import io.minicrm.application.port.in.AudiencePreview;
import io.minicrm.application.port.in.Dashboard;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The embedded engine from files to messages: a generated shop is imported once, then each test runs an engine of its
 * own over the imported customers and orders, with its own queue and a seeded simulated vendor, and checks what the
 * engine reports against figures worked out from the generated files.
 */
class CrmEndToEndTest {

    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final long VENDOR_SEED = 20260315L;
    private static final String BIG_SPENDERS =
            "total_spend > 30000 and (order_count >= 7 or city in (\"Pune\", \"Mumbai\"))";
    private static final String SUBJECT = "A thank-you for {{first_name}}";
    private static final String BODY =
            "Hi {{first_name}}, your {{order_count}} orders from {{city}} add up to {{total_spend}}.";
    private static final String VENDOR_REJECTION = "rejected by the simulated vendor";
    private static final String CANCELLATION = "campaign cancelled before sending";

    private static final GeneratedShop FILES = GeneratedShop.generate(42);
    private static final Map<String, Figures> FIGURES = FILES.figures();
    private static final AtomicLong IDS = new AtomicLong();
    private static final CrmSettings SETTINGS = new CrmSettings(
            Currency.getInstance("INR"),
            FieldCatalogue.standard(),
            Clock.fixed(NOW, KOLKATA),
            () -> "id-" + IDS.incrementAndGet());

    private static final InMemoryCustomerStore CUSTOMERS = new InMemoryCustomerStore();
    private static final InMemoryOrderStore ORDERS = new InMemoryOrderStore();
    private static ImportJob customerImport;
    private static ImportJob orderImport;

    // Each test's engines share these stores, as engines started one after another over one database would.
    private final InMemorySegmentStore segments = new InMemorySegmentStore();
    private final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
    private final InMemoryDeliveryStore deliveryLog = new InMemoryDeliveryStore();
    private Crm crm;
    private InMemoryDispatchQueue queue;
    private SimulatedVendor vendor;

    @BeforeAll
    static void importTheShop() {
        try (Crm importer = Crm.builder()
                .settings(SETTINGS)
                .customerStore(CUSTOMERS)
                .orderStore(ORDERS)
                .build()
                .start()) {
            customerImport = imported(importer, ImportKind.CUSTOMERS, FILES.customersCsv());
            orderImport = imported(importer, ImportKind.ORDERS, FILES.ordersCsv());
        }
    }

    @AfterEach
    void stop() {
        if (crm != null) {
            crm.close();
        }
    }

    @Test
    void importing_counts_every_row_once_and_names_the_line_and_column_of_each_rejected_one() {
        start(Duration.ZERO, InMemoryDispatchQueue.DEFAULT_CAPACITY, PipelineSettings.DEFAULT);

        assertThat(customerImport.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(figures(customerImport.report()))
                .containsExactly(
                        FILES.customerRowCount(),
                        (long) GeneratedShop.CUSTOMERS,
                        (long) GeneratedShop.CUSTOMERS_AGAIN_MOVED,
                        (long) GeneratedShop.CUSTOMERS_AGAIN_UNCHANGED,
                        (long) GeneratedShop.BAD_EMAILS);
        assertRejected(customerImport.report(), FILES.refusedCustomers());

        assertThat(orderImport.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(figures(orderImport.report()))
                .containsExactly(
                        FILES.orderRowCount(),
                        (long) GeneratedShop.ORDERS,
                        0L,
                        (long) GeneratedShop.ORDERS_AGAIN,
                        (long) (GeneratedShop.BAD_AMOUNTS
                                + GeneratedShop.BAD_DATES
                                + GeneratedShop.UNKNOWN_CUSTOMERS
                                + GeneratedShop.BAD_CUSTOMER_EMAILS));
        assertRejected(orderImport.report(), FILES.refusedOrders());

        List<Customer> stored = allCustomers();
        assertThat(stored).hasSize(GeneratedShop.CUSTOMERS);
        assertThat(stored).allSatisfy(customer -> {
            Person person = FILES.people().get(customer.email().value());
            Figures figures = FIGURES.get(person.email());
            assertThat(customer.profile().name()).contains(person.name());
            assertThat(customer.profile().phone()).contains(person.phone());
            assertThat(customer.profile().city()).contains(person.city());
            assertThat(customer.createdAt()).isEqualTo(person.createdAt());
            assertThat(customer.purchases().orderCount()).isEqualTo(figures.orders());
            assertThat(customer.purchases().totalSpend().amount()).isEqualByComparingTo(figures.spend());
        });
    }

    @Test
    void a_campaign_reaches_each_previewed_customer_exactly_once_with_counters_matching_the_store_and_the_vendor() {
        start(Duration.ZERO, InMemoryDispatchQueue.DEFAULT_CAPACITY, PipelineSettings.DEFAULT);
        Set<String> bigSpenders = bigSpenders();
        Segment segment = defined(BIG_SPENDERS);

        AudiencePreview preview = crm.segments().preview(SHOP, segment.id(), 20).block(PATIENCE);
        Campaign campaign = sent(segment);

        assertThat(bigSpenders).hasSizeBetween(500, 5_000);
        assertThat(preview.size()).isEqualTo(bigSpenders.size());
        assertThat(preview.sample())
                .hasSize(20)
                .allSatisfy(customer ->
                        assertThat(bigSpenders).contains(customer.email().value()));
        assertThat(campaign.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(campaign.counters().audience()).isEqualTo(bigSpenders.size());
        assertThat(campaign.counters()).isEqualTo(recount(campaign));
        assertThat(campaign.counters().pending()).isZero();
        assertThat(campaign.counters().delivered()).isZero();
        List<Delivery> deliveries = deliveries(campaign);
        assertThat(deliveries)
                .extracting(Delivery::recipient)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(bigSpenders);
        assertThat(deliveries)
                .allSatisfy(
                        delivery -> assertThat(delivery.message()).isEqualTo(expectedMessage(delivery.recipient())));
        assertSentOnceEach(campaign, deliveries);
        assertThat(deliveries(campaign, DeliveryStatus.FAILED))
                .extracting(delivery -> delivery.failureReason().orElseThrow())
                .containsOnly(VENDOR_REJECTION);
    }

    @Test
    void a_dispatch_request_handed_out_again_and_receipts_reported_again_change_nothing() {
        start(Duration.ZERO, InMemoryDispatchQueue.DEFAULT_CAPACITY, PipelineSettings.DEFAULT);
        Campaign completed = sent(defined(BIG_SPENDERS));
        Map<DeliveryId, Receipt> ledger = vendor.ledger();
        Map<String, Long> messages = vendor.messagesPerRecipient();
        Map<DeliveryStatus, List<Delivery>> deliveries = deliveriesByStatus(completed);

        queue.requestDispatch(new DispatchRequest(SHOP, completed.id())).block(PATIENCE);
        crm.deliveries().recordReceipts(SHOP, List.copyOf(ledger.values())).block(PATIENCE);
        eventually(queue::backlog, backlog -> backlog == 0);

        assertThat(ledger).hasSize((int) completed.counters().audience());
        assertThat(crm.campaigns().get(SHOP, completed.id()).block(PATIENCE)).isEqualTo(completed);
        assertThat(deliveriesByStatus(completed)).isEqualTo(deliveries);
        assertThat(vendor.ledger()).isEqualTo(ledger);
        assertThat(vendor.messagesPerRecipient()).isEqualTo(messages);
    }

    @Test
    void cancelling_mid_dispatch_stops_new_sends_and_leaves_no_delivery_pending() {
        // Two senders with 16 messages each in flight at most, a vendor taking 10 ms a message, and a queue holding
        // 500 requests: dispatching everyone takes seconds, and the fan-out cannot run far ahead of the sends.
        int senders = 2;
        int inFlight = 16;
        start(
                Duration.ofMillis(10),
                500,
                new PipelineSettings(
                        100,
                        1,
                        senders,
                        inFlight,
                        3,
                        Duration.ofMillis(100),
                        100,
                        Duration.ofMillis(20),
                        Duration.ofSeconds(30)));
        Campaign queued = queued(defined("all()"));
        eventually(() -> vendor.ledger().size(), sent -> sent >= 200);

        Campaign cancelled = crm.campaigns().cancel(SHOP, queued.id()).block(PATIENCE);
        int sentWhenCancelled = vendor.ledger().size();
        eventually(queue::backlog, backlog -> backlog == 0);

        Campaign settled = crm.campaigns().get(SHOP, queued.id()).block(PATIENCE);
        Map<DeliveryId, Receipt> ledger = vendor.ledger();
        assertThat(cancelled.status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(settled.status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(settled.counters()).isEqualTo(recount(settled));
        assertThat(settled.counters().pending()).isZero();
        assertThat(settled.counters().audience()).isLessThan(GeneratedShop.CUSTOMERS);
        // Only sends already past their status check when the campaign was cancelled may reach the vendor after it.
        assertThat(ledger.size()).isBetween(sentWhenCancelled, sentWhenCancelled + senders * inFlight);
        assertThat(ledger.size()).isLessThan((int) settled.counters().audience());
        List<Delivery> deliveries = deliveries(settled);
        assertThat(deliveries).extracting(Delivery::recipient).doesNotHaveDuplicates();
        Set<DeliveryId> neverSent = deliveries(settled, DeliveryStatus.FAILED).stream()
                .filter(delivery -> delivery.failureReason().orElseThrow().equals(CANCELLATION))
                .map(Delivery::id)
                .collect(Collectors.toSet());
        assertThat(neverSent).hasSize(deliveries.size() - ledger.size()).doesNotContainAnyElementsOf(ledger.keySet());
        assertThat(vendor.messagesPerRecipient().values()).containsOnly(1L);
        assertThat(vendor.messagesPerRecipient().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(settled.counters().sent())
                .isLessThan(GeneratedShop.CUSTOMERS);
    }

    @Test
    void an_engine_stopped_mid_dispatch_leaves_the_campaign_to_the_next_which_messages_each_recipient_once() {
        start(
                Duration.ofMillis(10),
                500,
                new PipelineSettings(
                        100, 1, 2, 16, 3, Duration.ofMillis(100), 100, Duration.ofMillis(20), Duration.ofSeconds(30)));
        Campaign queued = queued(defined("all()"));
        eventually(() -> vendor.ledger().size(), sent -> sent >= 200);

        crm.close();
        Campaign stopped = campaigns.findById(SHOP, queued.id()).block(PATIENCE);
        int sentBeforeTheStop = vendor.ledger().size();
        startEngine(InMemoryDispatchQueue.DEFAULT_CAPACITY, PipelineSettings.DEFAULT);
        Campaign finished = sent(queued);

        assertThat(stopped.status()).isEqualTo(CampaignStatus.DISPATCHING);
        assertThat(sentBeforeTheStop).isLessThan(GeneratedShop.CUSTOMERS);
        assertThat(finished.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(finished.counters().audience()).isEqualTo(GeneratedShop.CUSTOMERS);
        assertThat(finished.counters()).isEqualTo(recount(finished));
        assertThat(finished.counters().pending()).isZero();
        List<Delivery> deliveries = deliveries(finished);
        assertThat(deliveries).extracting(Delivery::recipient).doesNotHaveDuplicates();
        assertSentOnceEach(finished, deliveries);
    }

    @Test
    void the_dashboard_sums_up_the_imported_shop_and_the_campaign_it_sent() {
        start(Duration.ZERO, InMemoryDispatchQueue.DEFAULT_CAPACITY, PipelineSettings.DEFAULT);
        Campaign campaign = sent(defined(BIG_SPENDERS));

        Dashboard dashboard = crm.insights().dashboard(SHOP).block(PATIENCE);

        // NOW is Sunday 15 March 2026 in Kolkata: the week began on Monday the 9th.
        LocalDate monday = LocalDate.of(2026, 3, 9);
        long sent = vendor.ledger().values().stream()
                .filter(receipt -> receipt.status() == DeliveryStatus.SENT)
                .count();
        Map<CampaignStatus, Long> campaigns = new EnumMap<>(CampaignStatus.class);
        Stream.of(CampaignStatus.values()).forEach(status -> campaigns.put(status, 0L));
        campaigns.put(CampaignStatus.COMPLETED, 1L);
        assertThat(dashboard.customers()).isEqualTo(GeneratedShop.CUSTOMERS);
        assertThat(dashboard.newCustomersThisWeek())
                .isEqualTo(FILES.people().values().stream()
                        .filter(person -> !person.signedUp().isBefore(monday))
                        .count())
                .isPositive();
        assertThat(dashboard.orders()).isEqualTo(GeneratedShop.ORDERS);
        assertThat(dashboard.revenue()).isEqualByComparingTo(FILES.revenue());
        assertThat(dashboard.currency()).isEqualTo("INR");
        assertThat(dashboard.campaignsByStatus()).isEqualTo(campaigns);
        assertThat(dashboard.deliverySuccessRate())
                .isEqualTo(OptionalDouble.of((double) sent / vendor.ledger().size()));
        assertThat(sent).isEqualTo(campaign.counters().sent());
    }

    private void start(Duration vendorLatency, int queueCapacity, PipelineSettings pipeline) {
        vendor =
                new SimulatedVendor(new SimulatedVendor.Settings(VENDOR_SEED, 0.1, 0, vendorLatency), SETTINGS.clock());
        startEngine(queueCapacity, pipeline);
    }

    /** An engine over the test's stores and vendor, with a queue of its own: what a queue held dies with its engine. */
    private void startEngine(int queueCapacity, PipelineSettings pipeline) {
        queue = new InMemoryDispatchQueue(queueCapacity, Schedulers.parallel());
        crm = Crm.builder()
                .settings(SETTINGS)
                .customerStore(CUSTOMERS)
                .orderStore(ORDERS)
                .segmentStore(segments)
                .campaignStore(campaigns)
                .deliveryStore(deliveryLog)
                .dispatchQueue(queue)
                .messageChannel(vendor)
                .pipelineSettings(pipeline)
                .build()
                .start();
    }

    private static ImportJob imported(Crm importer, ImportKind kind, String csv) {
        ImportJob started = importer.imports()
                .start(kind, SHOP, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
                .block(PATIENCE);
        return eventually(
                () -> importer.imports().job(SHOP, started.id()).block(PATIENCE),
                job -> job.status() != ImportStatus.RUNNING);
    }

    /** Rows read, created, updated, skipped and rejected. */
    private static List<Long> figures(ImportReport report) {
        return List.of(report.rowsRead(), report.created(), report.updated(), report.skipped(), report.rejected());
    }

    /** Every rejection listed in line order, naming the expected line and column and quoting the refused cell. */
    private static void assertRejected(ImportReport report, List<Refusal> expected) {
        assertThat(report.rejections())
                .extracting(Rejection::line, rejection -> rejection.column().orElseThrow())
                .containsExactlyElementsOf(expected.stream()
                        .map(refusal -> tuple(refusal.line(), refusal.column()))
                        .toList());
        for (int index = 0; index < expected.size(); index++) {
            assertThat(report.rejections().get(index).reason())
                    .contains(expected.get(index).cell());
        }
    }

    private List<Customer> allCustomers() {
        return pages(page -> crm.customers()
                .list(SHOP, new CustomerListing(Optional.empty(), CustomerListing.Sort.EMAIL, false, page)));
    }

    /** The customers the big-spender rule must select, from the generated files alone. */
    private static Set<String> bigSpenders() {
        return FILES.people().values().stream()
                .filter(person -> FIGURES.get(person.email()).spend().compareTo(BigDecimal.valueOf(30_000)) > 0
                        && (FIGURES.get(person.email()).orders() >= 7
                                || Set.of("Pune", "Mumbai").contains(person.city())))
                .map(Person::email)
                .collect(Collectors.toSet());
    }

    private static RenderedMessage expectedMessage(String email) {
        Person person = FILES.people().get(email);
        Figures figures = FIGURES.get(email);
        return new RenderedMessage(
                Optional.of("A thank-you for " + person.firstName()),
                "Hi %s, your %d orders from %s add up to %s."
                        .formatted(
                                person.firstName(),
                                figures.orders(),
                                person.city(),
                                figures.spend().toPlainString()));
    }

    private Segment defined(String rule) {
        return crm.segments()
                .define(SHOP, new SegmentDraft("Audience", "", new RuleSource.Text(rule), "asha"))
                .block(PATIENCE);
    }

    private Campaign queued(Segment segment) {
        Campaign draft = crm.campaigns()
                .create(
                        SHOP,
                        new NewCampaign("Thank you", segment.id(), Channel.EMAIL, Optional.of(SUBJECT), BODY, Map.of()),
                        "asha")
                .block(PATIENCE);
        return crm.campaigns().queue(SHOP, draft.id()).block(PATIENCE);
    }

    /** Queues a campaign to the segment; returns it once it has stopped and everything it led to is acknowledged. */
    private Campaign sent(Segment segment) {
        return sent(queued(segment));
    }

    private Campaign sent(Campaign queued) {
        eventually(
                () -> crm.campaigns().get(SHOP, queued.id()).block(PATIENCE), campaign -> switch (campaign.status()) {
                    case COMPLETED, CANCELLED, FAILED -> true;
                    case DRAFT, QUEUED, DISPATCHING -> false;
                });
        eventually(queue::backlog, backlog -> backlog == 0);
        return crm.campaigns().get(SHOP, queued.id()).block(PATIENCE);
    }

    /** The vendor was asked once for each delivery, answered as the store records it, and each address got one message. */
    private void assertSentOnceEach(Campaign campaign, List<Delivery> deliveries) {
        Map<DeliveryId, Receipt> ledger = vendor.ledger();
        assertThat(ledger.keySet())
                .isEqualTo(deliveries.stream().map(Delivery::id).collect(Collectors.toSet()));
        assertThat(deliveries)
                .allSatisfy(delivery ->
                        assertThat(ledger.get(delivery.id()).status()).isEqualTo(delivery.status()));
        Map<String, Long> messages = vendor.messagesPerRecipient();
        assertThat(messages.values()).containsOnly(1L);
        assertThat(messages.keySet())
                .isEqualTo(deliveries(campaign, DeliveryStatus.SENT).stream()
                        .map(Delivery::recipient)
                        .collect(Collectors.toSet()));
        assertThat(campaign.counters().sent()
                        + campaign.counters().delivered()
                        + campaign.counters().failed())
                .isEqualTo(ledger.size());
    }

    /** The counters as the communication log has them, counted afresh page by page. */
    private CampaignCounters recount(Campaign campaign) {
        Map<DeliveryStatus, List<Delivery>> byStatus = deliveriesByStatus(campaign);
        long pending = byStatus.get(DeliveryStatus.PENDING).size();
        long sent = byStatus.get(DeliveryStatus.SENT).size();
        long delivered = byStatus.get(DeliveryStatus.DELIVERED).size();
        long failed = byStatus.get(DeliveryStatus.FAILED).size();
        return new CampaignCounters(pending + sent + delivered + failed, pending, sent, delivered, failed);
    }

    private Map<DeliveryStatus, List<Delivery>> deliveriesByStatus(Campaign campaign) {
        Map<DeliveryStatus, List<Delivery>> byStatus = new EnumMap<>(DeliveryStatus.class);
        Stream.of(DeliveryStatus.values()).forEach(status -> byStatus.put(status, deliveries(campaign, status)));
        return byStatus;
    }

    private List<Delivery> deliveries(Campaign campaign) {
        return pages(page -> crm.deliveries().list(SHOP, campaign.id(), Optional.empty(), page));
    }

    private List<Delivery> deliveries(Campaign campaign, DeliveryStatus status) {
        return pages(page -> crm.deliveries().list(SHOP, campaign.id(), Optional.of(status), page));
    }

    /** Every item of a listing, page by page; the pages must add up to the total each of them reports. */
    private static <T> List<T> pages(Function<PageRequest, Mono<Page<T>>> listing) {
        List<T> items = new ArrayList<>();
        Page<T> page;
        int number = 0;
        do {
            page = listing.apply(new PageRequest(number++, PageRequest.MAX_SIZE))
                    .block(PATIENCE);
            items.addAll(page.items());
        } while (page.items().size() == PageRequest.MAX_SIZE);
        assertThat(items).hasSize((int) page.total());
        assertThat(new HashSet<>(items)).hasSize(items.size());
        return items;
    }

    private static <T> T eventually(Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T seen = probe.get();
        while (!done.test(seen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still " + seen + " after " + PATIENCE);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", interrupted);
            }
            seen = probe.get();
        }
        return seen;
    }
}
