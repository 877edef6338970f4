package io.minicrm.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.minicrm.application.importing.CsvImporter;
import io.minicrm.application.inmemory.InMemoryCache;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.inmemory.InMemoryDispatchQueue;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.inmemory.InMemoryImportJobStore;
import io.minicrm.application.inmemory.InMemoryOrderStore;
import io.minicrm.application.inmemory.InMemorySegmentStore;
import io.minicrm.application.inmemory.SimulatedVendor;
import io.minicrm.application.inmemory.TemplateMessageWriter;
import io.minicrm.application.pipeline.CampaignPipeline;
import io.minicrm.application.pipeline.PipelinePorts;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.application.port.in.Imports;
import io.minicrm.application.port.in.Insights;
import io.minicrm.application.port.in.LiveEvents;
import io.minicrm.application.port.in.Orders;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.out.EventStream;
import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.application.port.out.MessageWriter;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.application.service.CampaignService;
import io.minicrm.application.service.CustomerService;
import io.minicrm.application.service.DeliveryService;
import io.minicrm.application.service.EvictingEventPublisher;
import io.minicrm.application.service.InsightService;
import io.minicrm.application.service.LiveEventService;
import io.minicrm.application.service.OrderService;
import io.minicrm.application.service.SegmentService;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.Disposables;

/**
 * The engine in one object: every use case over the adapters it was built with. {@link #builder()} starts from
 * in-memory adapters and the simulated vendor, so {@code Crm.builder().build().start()} runs with no server at all.
 */
public final class Crm implements AutoCloseable {

    private final Adapters adapters;
    private final Customers customers;
    private final Orders orders;
    private final Segments segments;
    private final Campaigns campaigns;
    private final Deliveries deliveries;
    private final Insights insights;
    private final Imports imports;
    private final LiveEvents liveEvents;
    private final CampaignPipeline pipeline;
    private final Duration scheduleCheck;
    private final Clock clock;
    private final List<PeriodicTask> periodicTasks = new CopyOnWriteArrayList<>();
    private final Disposable.Composite running = Disposables.composite();

    private Crm(Adapters adapters, CrmSettings settings, PipelineSettings pipelineSettings, Duration scheduleCheck) {
        this.adapters = adapters;
        this.scheduleCheck = scheduleCheck;
        this.clock = settings.clock();
        EventPublisher events = new EvictingEventPublisher(adapters.eventPublisher(), adapters.cache());
        this.customers = new CustomerService(adapters.customerStore(), events, settings);
        this.orders = new OrderService(adapters.orderStore(), adapters.customerStore(), events, settings);
        this.segments = new SegmentService(adapters.segmentStore(), adapters.customerStore(), events, adapters.cache(), settings);
        this.campaigns = new CampaignService(adapters.campaignStore(), adapters.segmentStore(), adapters.dispatchQueue(),
                adapters.messageWriter(), events, settings);
        this.deliveries = new DeliveryService(adapters.deliveryStore(), adapters.campaignStore(), adapters.dispatchQueue());
        this.insights = new InsightService(adapters.customerStore(), adapters.orderStore(), adapters.campaignStore(),
                adapters.deliveryStore(), adapters.cache(), settings);
        this.imports = new CsvImporter(adapters.customerStore(), adapters.orderStore(), adapters.importJobStore(), events, settings);
        this.liveEvents = new LiveEventService(adapters.eventStream());
        this.pipeline = new CampaignPipeline(new PipelinePorts(adapters.campaignStore(), adapters.deliveryStore(),
                adapters.customerStore(), adapters.dispatchQueue(), adapters.messageChannel(), events),
                settings, pipelineSettings);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the background work: the campaign pipeline (resuming campaigns left unfinished), the check for scheduled
     * campaigns that are due, and the invalidation of cached figures whenever a workspace changes. Returns once the
     * pipeline runs.
     */
    public Crm start() {
        pipeline.start().block();
        running.add(pipeline::close);
        running.add(adapters.eventStream.live()
                .concatMap(event -> adapters.cache.evictAll(event.workspaceId()).onErrorComplete())
                .subscribe());
        PeriodicTask scheduled = PeriodicTask.start("Queueing scheduled campaigns that are due", scheduleCheck, clock,
                campaigns::queueDue);
        periodicTasks.add(scheduled);
        running.add(scheduled);
        return this;
    }

    /** Stops the background work; a campaign in flight resumes when an engine over the same stores starts. */
    @Override
    public void close() {
        running.dispose();
    }

    /** The work the engine repeats in the background, so that a health check can tell when one has stalled. */
    public List<PeriodicTask> periodicTasks() {
        return Stream.concat(periodicTasks.stream(), pipeline.periodicTasks().stream()).toList();
    }

    public Customers customers() {
        return customers;
    }

    public Orders orders() {
        return orders;
    }

    public Segments segments() {
        return segments;
    }

    public Campaigns campaigns() {
        return campaigns;
    }

    public Deliveries deliveries() {
        return deliveries;
    }

    public Insights insights() {
        return insights;
    }

    public Imports imports() {
        return imports;
    }

    /** Each workspace's changes as they happen, for live views. */
    public LiveEvents events() {
        return liveEvents;
    }

    /** Builds an engine; every adapter not given is the in-memory one. */
    public static final class Builder {

        private final Choices adapters = new Choices();
        private CrmSettings settings = CrmSettings.defaults();
        private PipelineSettings pipelineSettings = PipelineSettings.DEFAULT;
        private Duration scheduleCheck = Duration.ofSeconds(10);

        private Builder() {
        }

        public Builder settings(CrmSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder pipelineSettings(PipelineSettings pipelineSettings) {
            this.pipelineSettings = Objects.requireNonNull(pipelineSettings, "pipelineSettings");
            return this;
        }

        public Builder customerStore(CustomerStore store) {
            adapters.customerStore = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder orderStore(OrderStore store) {
            adapters.orderStore = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder segmentStore(SegmentStore store) {
            adapters.segmentStore = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder campaignStore(CampaignStore store) {
            adapters.campaignStore = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder deliveryStore(DeliveryStore store) {
            adapters.deliveryStore = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder importJobStore(ImportJobStore store) {
            adapters.importJobStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Where events go and where live views read them from; usually one adapter playing both parts. */
        public Builder events(EventPublisher publisher, EventStream stream) {
            adapters.eventPublisher = Objects.requireNonNull(publisher, "publisher");
            adapters.eventStream = Objects.requireNonNull(stream, "stream");
            return this;
        }

        public Builder cache(Cache cache) {
            adapters.cache = Objects.requireNonNull(cache, "cache");
            return this;
        }

        public Builder dispatchQueue(DispatchQueue queue) {
            adapters.dispatchQueue = Objects.requireNonNull(queue, "queue");
            return this;
        }

        public Builder messageChannel(MessageChannel channel) {
            adapters.messageChannel = Objects.requireNonNull(channel, "channel");
            return this;
        }

        public Builder messageWriter(MessageWriter writer) {
            adapters.messageWriter = Objects.requireNonNull(writer, "writer");
            return this;
        }

        /** How often the engine looks for scheduled campaigns whose time has come. */
        public Builder scheduleCheck(Duration every) {
            this.scheduleCheck = Objects.requireNonNull(every, "every");
            return this;
        }

        public Crm build() {
            return new Crm(adapters.withDefaults(settings), settings, pipelineSettings, scheduleCheck);
        }
    }

    /** The adapters a builder was given, none yet for a port left to its default. */
    private static final class Choices {
        private @Nullable CustomerStore customerStore;
        private @Nullable OrderStore orderStore;
        private @Nullable SegmentStore segmentStore;
        private @Nullable CampaignStore campaignStore;
        private @Nullable DeliveryStore deliveryStore;
        private @Nullable ImportJobStore importJobStore;
        private @Nullable EventPublisher eventPublisher;
        private @Nullable EventStream eventStream;
        private @Nullable Cache cache;
        private @Nullable DispatchQueue dispatchQueue;
        private @Nullable MessageChannel messageChannel;
        private @Nullable MessageWriter messageWriter;

        private Adapters withDefaults(CrmSettings settings) {
            EventPublisher publisher = eventPublisher;
            EventStream stream = eventStream;
            if (publisher == null || stream == null) {
                InMemoryEventBus bus = new InMemoryEventBus();
                publisher = bus;
                stream = bus;
            }
            return new Adapters(
                    customerStore != null ? customerStore : new InMemoryCustomerStore(),
                    orderStore != null ? orderStore : new InMemoryOrderStore(),
                    segmentStore != null ? segmentStore : new InMemorySegmentStore(),
                    campaignStore != null ? campaignStore : new InMemoryCampaignStore(),
                    deliveryStore != null ? deliveryStore : new InMemoryDeliveryStore(),
                    importJobStore != null ? importJobStore : new InMemoryImportJobStore(),
                    publisher, stream,
                    cache != null ? cache : new InMemoryCache(),
                    dispatchQueue != null ? dispatchQueue : new InMemoryDispatchQueue(),
                    messageChannel != null ? messageChannel : new SimulatedVendor(settings.clock()),
                    messageWriter != null ? messageWriter : new TemplateMessageWriter());
        }
    }

    /** The adapter chosen for each driven port. */
    private record Adapters(CustomerStore customerStore, OrderStore orderStore, SegmentStore segmentStore,
            CampaignStore campaignStore, DeliveryStore deliveryStore, ImportJobStore importJobStore,
            EventPublisher eventPublisher, EventStream eventStream, Cache cache, DispatchQueue dispatchQueue,
            MessageChannel messageChannel, MessageWriter messageWriter) {
    }
}
