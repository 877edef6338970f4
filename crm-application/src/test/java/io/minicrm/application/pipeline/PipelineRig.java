package io.minicrm.application.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.inmemory.InMemoryDispatchQueue;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.inmemory.SimulatedVendor;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * A shop of customers on the in-memory adapters, with helpers to queue campaigns to them, run pipelines over the
 * same stores and queue, and wait for what the pipeline does in the background.
 */
final class PipelineRig implements AutoCloseable {

    static final Currency INR = Currency.getInstance("INR");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    final CrmSettings crm =
            new CrmSettings(INR, FieldCatalogue.standard(), Clock.systemUTC(), IdGenerator.TIME_ORDERED);
    final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
    final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    final InMemorySuppressionStore suppressions = new InMemorySuppressionStore();
    // Listeners called on the publishing thread, so that none falls behind and misses an event.
    final InMemoryEventBus events = new InMemoryEventBus(Schedulers.immediate());
    final InMemoryDispatchQueue queue;
    final SimulatedVendor vendor;
    final List<Customer> registered = new ArrayList<>();
    private final Queue<CrmEvent> published = new ConcurrentLinkedQueue<>();
    private final Disposable listening = events.events().subscribe(published::add);
    private final List<AutoCloseable> running = new ArrayList<>();

    PipelineRig(int queueCapacity, SimulatedVendor.Settings vendor) {
        this.queue = new InMemoryDispatchQueue(queueCapacity, Schedulers.parallel());
        this.vendor = new SimulatedVendor(vendor, crm.clock());
    }

    /** Quick steps: small batches and short waits, so tests see several batches and retries in little time. */
    static PipelineSettings quick(int dispatchBatch) {
        return new PipelineSettings(
                dispatchBatch, 4, 2, 16, 3, Duration.ofMillis(2), 200, Duration.ofMillis(10), Duration.ofSeconds(30));
    }

    static SimulatedVendor.Settings vendor(double outageRate, Duration latency) {
        return new SimulatedVendor.Settings(20261124L, 0.1, outageRate, latency);
    }

    PipelinePorts ports() {
        return ports(vendor);
    }

    PipelinePorts ports(MessageChannel channel) {
        return new PipelinePorts(campaigns, deliveries, customers, queue, channel, events, suppressions);
    }

    /** Registers customers c00000, c00001, … with an e-mail address each; the profile tells which have a phone. */
    void register(int count, Function<Integer, Profile> profile) {
        Instant now = crm.clock().instant();
        List<Customer> added = IntStream.range(0, count)
                .mapToObj(number -> Customer.register(
                        WorkspaceId.DEFAULT,
                        new CustomerId("c%05d".formatted(number)),
                        new Email("c%05d@example.com".formatted(number)),
                        profile.apply(number),
                        INR,
                        now))
                .toList();
        customers.saveAll(added).block(PATIENCE);
        registered.addAll(added);
    }

    void register(int count) {
        register(count, number -> Profile.EMPTY);
    }

    /** A campaign to every customer, queued and stored, but not yet requested. */
    Campaign queued(String id, Channel channel) {
        Instant now = crm.clock().instant();
        NewCampaign request = new NewCampaign(
                "Sale " + id,
                new SegmentId("everyone"),
                channel,
                channel.hasSubject() ? Optional.of("Sale") : Optional.empty(),
                "Hi {{first_name|friend}}",
                Map.of());
        Campaign queued = Campaign.draft(WorkspaceId.DEFAULT, new CampaignId(id), request, crm.catalogue(), "asha", now)
                .flatMap(draft -> draft.queue(Rule.all(), now))
                .get();
        return campaigns.insert(queued).block(PATIENCE);
    }

    /** A campaign to every customer, queued as the campaigns use case queues it: stored, then requested. */
    Campaign requested(String id) {
        Campaign queued = queued(id, Channel.EMAIL);
        requestDispatch(queued);
        return queued;
    }

    void requestDispatch(Campaign campaign) {
        queue.requestDispatch(new DispatchRequest(campaign.workspace(), campaign.id()))
                .block(PATIENCE);
    }

    /** Starts dispatching a queued campaign as a dispatcher would, without creating any delivery. */
    Campaign dispatching(Campaign queued) {
        return campaigns
                .transition(queued.startDispatch(crm.clock().instant()).get(), CampaignStatus.QUEUED)
                .block(PATIENCE);
    }

    /** Inserts and counts pending deliveries to the given customers, as a dispatcher does before requesting them. */
    List<Delivery> insertPending(Campaign campaign, List<Customer> recipients) {
        Instant now = crm.clock().instant();
        List<Delivery> pending = recipients.stream()
                .map(customer -> Delivery.pending(
                        customer.workspace(),
                        campaign.id(),
                        customer.id(),
                        customer.email().value(),
                        campaign.messageFor(customer, ZoneOffset.UTC),
                        now))
                .toList();
        deliveries.insertNew(pending).blockLast(PATIENCE);
        campaigns
                .count(campaign.workspace(), campaign.id(), CounterChange.audienceAdded(pending.size()))
                .block(PATIENCE);
        return pending;
    }

    CampaignPipeline start(PipelineSettings settings) {
        return start(settings, vendor);
    }

    CampaignPipeline start(PipelineSettings settings, MessageChannel channel) {
        return start(settings, ports(channel));
    }

    CampaignPipeline start(PipelineSettings settings, PipelinePorts ports) {
        CampaignPipeline pipeline = new CampaignPipeline(ports, crm, settings);
        running.add(pipeline);
        pipeline.start().block(PATIENCE);
        return pipeline;
    }

    void run(Disposable step) {
        running.add(step::dispose);
    }

    Campaign current(Campaign campaign) {
        return campaigns.findById(campaign.workspace(), campaign.id()).block(PATIENCE);
    }

    Campaign await(Campaign campaign, Predicate<Campaign> condition) {
        eventually(() -> condition.test(current(campaign)));
        return current(campaign);
    }

    /** Waits until every item put on the queue has been acknowledged. */
    void awaitIdle() {
        eventually(() -> queue.backlog() == 0);
    }

    List<Delivery> deliveries(Campaign campaign, DeliveryStatus status) {
        return deliveries
                .findByStatus(campaign.workspace(), campaign.id(), status)
                .collectList()
                .block(PATIENCE);
    }

    /** The counters as the delivery store has them, counted afresh. */
    CampaignCounters recount(Campaign campaign) {
        long pending = deliveries(campaign, DeliveryStatus.PENDING).size();
        long sent = deliveries(campaign, DeliveryStatus.SENT).size();
        long delivered = deliveries(campaign, DeliveryStatus.DELIVERED).size();
        long failed = deliveries(campaign, DeliveryStatus.FAILED).size();
        long skipped = deliveries(campaign, DeliveryStatus.SKIPPED).size();
        long suppressed = deliveries(campaign, DeliveryStatus.SUPPRESSED).size();
        return new CampaignCounters(
                pending + sent + delivered + failed + skipped + suppressed,
                pending,
                sent,
                delivered,
                failed,
                skipped,
                suppressed);
    }

    /** The events published by the time the queue is idle: the steps publish before they acknowledge. */
    <T extends CrmEvent> List<T> published(Class<T> type) {
        awaitIdle();
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Returns once the condition holds, looking again every few milliseconds; fails when it still does not after a while. */
    static void eventually(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not so after " + PATIENCE);
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable step : running) {
            step.close();
        }
        listening.dispose();
    }
}
