package io.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.minicrm.application.CrmException;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.inmemory.InMemoryCache;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.inmemory.InMemoryDispatchQueue;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.inmemory.InMemoryOrderStore;
import io.minicrm.application.inmemory.InMemorySegmentStore;
import io.minicrm.application.inmemory.TemplateMessageWriter;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.application.port.in.Insights;
import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.application.port.in.Orders;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.application.port.out.Work;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The use cases over the in-memory adapters, in rupees, on a clock that stays where the test puts it, with ids
 * {@code id-001}, {@code id-002}, … in the order they are made. Events, dispatch requests and receipts are recorded as
 * they are published or queued.
 */
final class Engine {

    static final WorkspaceId A = new WorkspaceId("a");
    static final WorkspaceId B = new WorkspaceId("b");
    /** A Tuesday, noon in Kolkata. */
    static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");

    final MovableClock clock = new MovableClock(NOW, ZoneId.of("Asia/Kolkata"));
    final CrmSettings settings =
            new CrmSettings(Currency.getInstance("INR"), FieldCatalogue.standard(), clock, countedIds());

    final InMemoryCustomerStore customerStore = new InMemoryCustomerStore();
    final InMemoryOrderStore orderStore = new InMemoryOrderStore();
    final InMemorySegmentStore segmentStore = new InMemorySegmentStore();
    final InMemoryCampaignStore campaignStore = new InMemoryCampaignStore();
    final InMemoryDeliveryStore deliveryStore = new InMemoryDeliveryStore();
    final InMemoryCache cache = new InMemoryCache(clock);
    /** Listeners are called on the publishing thread, so that an event has arrived when the call that raised it returns. */
    final InMemoryEventBus bus = new InMemoryEventBus(Schedulers.immediate());
    /** Hands work out on the offering thread, so that a request is recorded when the call that made it returns. */
    final InMemoryDispatchQueue queue =
            new InMemoryDispatchQueue(InMemoryDispatchQueue.DEFAULT_CAPACITY, Schedulers.immediate());

    final List<CrmEvent> events = new CopyOnWriteArrayList<>();
    final List<DispatchRequest> dispatches = new CopyOnWriteArrayList<>();
    final List<Receipt> receipts = new CopyOnWriteArrayList<>();

    final Customers customers = new CustomerService(customerStore, bus, settings);
    final Orders orders = new OrderService(orderStore, customerStore, bus, settings);
    final Segments segments = new SegmentService(segmentStore, customerStore, bus, cache, settings);
    final Campaigns campaigns = new CampaignService(
            campaignStore,
            segmentStore,
            queue,
            new TemplateMessageWriter(),
            bus,
            settings,
            new CampaignCompletion(campaignStore, bus, Mono.never()));
    final Deliveries deliveries = new DeliveryService(deliveryStore, campaignStore, queue);
    final Insights insights =
            new InsightService(customerStore, orderStore, campaignStore, deliveryStore, cache, settings);

    Engine() {
        bus.events().subscribe(events::add);
        queue.dispatchRequests().map(Work::payload).subscribe(dispatches::add);
        queue.receipts().map(Work::payload).subscribe(receipts::add);
    }

    static CustomerDraft draft(String email) {
        return draft(email, Optional.empty(), Optional.empty());
    }

    static CustomerDraft draft(String email, Optional<String> name, Optional<String> city) {
        return new CustomerDraft(email, name, Optional.empty(), city, Set.of(), Map.of());
    }

    static OrderDraft order(Customer customer, String amount, Instant placedAt) {
        return new OrderDraft(
                Optional.empty(),
                customer.id().value(),
                new BigDecimal(amount),
                Optional.empty(),
                List.of(),
                Optional.of(placedAt));
    }

    static SegmentDraft segment(String name, String rule) {
        return new SegmentDraft(name, "", new RuleSource.Text(rule), "mira");
    }

    static NewCampaign sms(String name, Segment segment) {
        return new NewCampaign(name, segment.id(), Channel.SMS, Optional.empty(), "Hi {{first_name|there}}", Map.of());
    }

    Customer customer(WorkspaceId workspace, String email, Optional<String> name, Optional<String> city) {
        return customers.create(workspace, draft(email, name, city)).block();
    }

    Order ordered(Customer customer, String amount, Instant placedAt) {
        return orders.record(customer.workspace(), order(customer, amount, placedAt))
                .block();
    }

    Segment defined(WorkspaceId workspace, String rule) {
        return segments.define(workspace, segment("Segment", rule)).block();
    }

    Campaign drafted(WorkspaceId workspace, String name, Segment segment) {
        return campaigns.create(workspace, sms(name, segment), "mira").block();
    }

    /** The problem a use case refused the request with. */
    static Problem refusal(Publisher<?> outcome) {
        Throwable error = catchThrowable(() -> Flux.from(outcome).blockLast());
        assertThat(error).isInstanceOf(CrmException.class);
        return ((CrmException) error).problem();
    }

    private static IdGenerator countedIds() {
        AtomicInteger made = new AtomicInteger();
        return () -> "id-%03d".formatted(made.incrementAndGet());
    }

    /** A clock that shows the instant a test set, in one zone. */
    static final class MovableClock extends Clock {

        private final ZoneId zone;
        private volatile Instant now;

        MovableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MovableClock(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
