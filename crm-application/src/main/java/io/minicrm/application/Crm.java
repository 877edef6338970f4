package io.minicrm.application;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.minicrm.application.assistant.AssistantService;
import io.minicrm.application.blocking.BlockingCrm;
import io.minicrm.application.importing.CsvImporter;
import io.minicrm.application.importing.StaleImports;
import io.minicrm.application.inmemory.InMemoryAuditLog;
import io.minicrm.application.inmemory.InMemoryCache;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.inmemory.InMemoryDispatchQueue;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.inmemory.InMemoryImportJobStore;
import io.minicrm.application.inmemory.InMemoryMembershipStore;
import io.minicrm.application.inmemory.InMemoryOrderStore;
import io.minicrm.application.inmemory.InMemorySegmentStore;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.inmemory.InMemoryTokenStore;
import io.minicrm.application.inmemory.InMemoryUserStore;
import io.minicrm.application.inmemory.SimulatedVendor;
import io.minicrm.application.inmemory.TemplateMessageWriter;
import io.minicrm.application.pipeline.CampaignPipeline;
import io.minicrm.application.pipeline.PipelinePorts;
import io.minicrm.application.port.in.Assistant;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.in.Imports;
import io.minicrm.application.port.in.Insights;
import io.minicrm.application.port.in.LiveEvents;
import io.minicrm.application.port.in.Orders;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.in.Suppressions;
import io.minicrm.application.port.out.AuditLog;
import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.out.EventStream;
import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.out.LanguageModel;
import io.minicrm.application.port.out.MembershipStore;
import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.application.port.out.MessageWriter;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.application.port.out.Storage;
import io.minicrm.application.port.out.SuppressionStore;
import io.minicrm.application.port.out.TokenStore;
import io.minicrm.application.port.out.UserStore;
import io.minicrm.application.port.shared.UnsubscribeLinks;
import io.minicrm.application.service.CampaignCompletion;
import io.minicrm.application.service.CampaignService;
import io.minicrm.application.service.CustomerService;
import io.minicrm.application.service.DeliveryService;
import io.minicrm.application.service.EvictingEventPublisher;
import io.minicrm.application.service.IdentityService;
import io.minicrm.application.service.InsightService;
import io.minicrm.application.service.LiveEventService;
import io.minicrm.application.service.OptOutAudiences;
import io.minicrm.application.service.OrderService;
import io.minicrm.application.service.SegmentService;
import io.minicrm.application.service.SuppressionService;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.Loggers;

/**
 * The engine in one object: every use case over the adapters it was built with. {@link #builder()} starts from
 * in-memory adapters and the simulated vendor, so {@code Crm.builder().build().start()} runs with no server at all.
 *
 * <p>Its life: {@link Builder#build() built}, then {@link #start() started} once, then {@link #close() closed} once; the use
 * cases work as soon as it is built (only the background work waits for the start). Starting it twice, starting it
 * after closing it, and any use case called after closing it fail at once with an {@link IllegalStateException}
 * saying why. The engine and every port it hands out are thread-safe.
 */
public final class Crm implements AutoCloseable {

    /** Threads of the pool blocking calls run on when the builder is given none: ten per processor, as Reactor's. */
    public static final int DEFAULT_BLOCKING_THREADS = Schedulers.DEFAULT_BOUNDED_ELASTIC_SIZE;

    private final Adapters adapters;
    private final CrmSettings settings;
    private final PipelineSettings pipelineSettings;
    private final EventPublisher events;
    private final EngineLife life = new EngineLife();
    private final Customers customers;
    private final Orders orders;
    private final Segments segments;
    private final Campaigns campaignService;
    private final Campaigns campaigns;
    private final Deliveries deliveries;
    private final Insights insights;
    private final Suppressions suppressions;
    private final CsvImporter csvImporter;
    private final Imports imports;
    private final StaleImports staleImports;
    private final Duration staleImportCheck;
    private final LiveEvents liveEvents;
    private final Assistant assistant;
    private final Identity identity;
    private final Duration scheduleCheck;
    private final List<PeriodicTask> periodicTasks = new CopyOnWriteArrayList<>();
    private final Disposable.Composite running = Disposables.composite();
    private volatile @Nullable CampaignPipeline pipeline;

    private Crm(
            Adapters adapters,
            CrmSettings settings,
            PipelineSettings pipelineSettings,
            ImportSettings importSettings,
            Duration scheduleCheck) {
        this.adapters = adapters;
        this.settings = settings;
        this.pipelineSettings = pipelineSettings;
        this.scheduleCheck = scheduleCheck;
        adapters.ownedScheduler().ifPresent(running::add);
        this.events = new EvictingEventPublisher(adapters.eventPublisher(), adapters.cache());
        this.customers = life.guarded(Customers.class, new CustomerService(adapters.customerStore(), events, settings));
        this.orders = life.guarded(
                Orders.class, new OrderService(adapters.orderStore(), adapters.customerStore(), events, settings));
        this.segments = life.guarded(
                Segments.class,
                new SegmentService(
                        adapters.segmentStore(), adapters.customerStore(), events, adapters.cache(), settings));
        this.campaignService = new CampaignService(
                adapters.campaignStore(),
                adapters.segmentStore(),
                adapters.dispatchQueue(),
                adapters.messageWriter(),
                events,
                settings,
                new CampaignCompletion(adapters.campaignStore(), adapters.eventStream(), life.closed()));
        this.campaigns = life.guarded(Campaigns.class, campaignService);
        this.deliveries = life.guarded(
                Deliveries.class,
                new DeliveryService(adapters.deliveryStore(), adapters.campaignStore(), adapters.dispatchQueue()));
        this.insights = life.guarded(
                Insights.class,
                new InsightService(
                        adapters.customerStore(),
                        adapters.orderStore(),
                        adapters.campaignStore(),
                        adapters.deliveryStore(),
                        adapters.cache(),
                        settings));
        this.suppressions = life.guarded(
                Suppressions.class,
                new SuppressionService(
                        adapters.suppressionStore(),
                        adapters.deliveryStore(),
                        adapters.campaignStore(),
                        adapters.unsubscribeLinks(),
                        settings.clock()));
        this.csvImporter = new CsvImporter(
                adapters.customerStore(),
                adapters.orderStore(),
                adapters.importJobStore(),
                events,
                settings,
                importSettings);
        this.imports = life.guarded(Imports.class, csvImporter);
        this.staleImports = new StaleImports(adapters.importJobStore(), importSettings, settings.clock());
        this.staleImportCheck = importSettings.heartbeat();
        this.liveEvents = life.guarded(LiveEvents.class, new LiveEventService(adapters.eventStream(), life.closed()));
        this.assistant = life.guarded(
                Assistant.class,
                new AssistantService(
                        segments,
                        campaignService,
                        new AssistantService.Stores(
                                adapters.customerStore(),
                                adapters.orderStore(),
                                adapters.segmentStore(),
                                adapters.campaignStore(),
                                adapters.deliveryStore()),
                        settings,
                        adapters.languageModel(),
                        adapters.modelTokenBudget()));
        this.identity = life.guarded(
                Identity.class,
                new IdentityService(
                        adapters.userStore(),
                        adapters.membershipStore(),
                        adapters.tokenStore(),
                        adapters.auditLog(),
                        settings.clock()));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the background work: the campaign pipeline (resuming campaigns left unfinished), the check for scheduled
     * campaigns that are due, the invalidation of cached figures whenever a workspace changes, and the search for
     * import jobs whose process stopped before they finished (done once now, then as often as imports say they are
     * alive). Returns once the pipeline runs. An engine starts once: a second start, or a start after {@link #close()}, throws an
     * {@link IllegalStateException}; a start that fails (a store unreachable) leaves it as built, to be started again.
     */
    public Crm start() {
        life.starting();
        // A store that fails this first search is searched again by the periodic check, which logs why.
        staleImports.interrupt().onErrorResume(failed -> Mono.just(0L)).block();
        CampaignPipeline starting = new CampaignPipeline(
                new PipelinePorts(
                        adapters.campaignStore(),
                        adapters.deliveryStore(),
                        adapters.customerStore(),
                        adapters.dispatchQueue(),
                        adapters.messageChannel(),
                        events,
                        adapters.suppressionStore()),
                settings,
                pipelineSettings);
        try {
            starting.start().block();
        } catch (RuntimeException failed) {
            starting.close();
            life.startFailed();
            throw failed;
        }
        pipeline = starting;
        running.add(starting::close);
        running.add(adapters.eventStream
                .live()
                .concatMap(event -> adapters.cache.evictAll(event.workspaceId()).onErrorComplete())
                .subscribe());
        PeriodicTask scheduled = PeriodicTask.start(
                "Queueing scheduled campaigns that are due",
                scheduleCheck,
                settings.clock(),
                campaignService::queueDue);
        periodicTasks.add(scheduled);
        running.add(scheduled);
        PeriodicTask stale = PeriodicTask.start(
                "Marking import jobs whose process stopped as interrupted",
                staleImportCheck,
                settings.clock(),
                staleImports::interrupt);
        periodicTasks.add(stale);
        running.add(stale);
        life.started();
        if (adapters.simulatedChannel()) {
            Loggers.getLogger(Crm.class)
                    .warn("This engine sends through the simulated vendor: no message leaves this "
                            + "JVM. Give it a channel of your own with Crm.builder().messageChannel(...)");
        }
        return this;
    }

    /**
     * Stops the background work and ends every wait and event subscription still open; a campaign in flight resumes
     * when an engine over the same stores starts, and an import running in the background is marked interrupted.
     * Closing again does nothing. The adapters given to the builder stay
     * open: close them after the engine.
     */
    @Override
    public void close() {
        if (life.close()) {
            csvImporter.close();
            running.dispose();
        }
    }

    /** The work the engine repeats in the background, so that a health check can tell when one has stalled. */
    public List<PeriodicTask> periodicTasks() {
        CampaignPipeline started = pipeline;
        return Stream.concat(
                        periodicTasks.stream(), started == null ? Stream.empty() : started.periodicTasks().stream())
                .toList();
    }

    public Customers customers() {
        return life.open(customers);
    }

    public Orders orders() {
        return life.open(orders);
    }

    public Segments segments() {
        return life.open(segments);
    }

    public Campaigns campaigns() {
        return life.open(campaigns);
    }

    public Deliveries deliveries() {
        return life.open(deliveries);
    }

    public Insights insights() {
        return life.open(insights);
    }

    public Imports imports() {
        return life.open(imports);
    }

    /** Each workspace's suppression list and the unsubscribe links that add to it. */
    public Suppressions suppressions() {
        return life.open(suppressions);
    }

    /** Each workspace's changes as they happen, for live views. */
    /** Proposals for audiences, messages, schedules and tags, offline unless a language model was given. */
    public Assistant assistant() {
        return assistant;
    }

    public LiveEvents events() {
        return life.open(liveEvents);
    }

    /** Users, workspace members and their roles, API tokens and the audit log. */
    public Identity identity() {
        return life.open(identity);
    }

    /**
     * The use cases as plain calls that wait for their answer, for code that does not use Reactor; each call waits at
     * most {@link BlockingCrm#DEFAULT_TIMEOUT}.
     */
    public BlockingCrm blocking() {
        return blocking(BlockingCrm.DEFAULT_TIMEOUT);
    }

    /** The use cases as plain calls that wait at most {@code timeout} for their answer. */
    public BlockingCrm blocking(Duration timeout) {
        return new BlockingCrm(life.open(this), timeout);
    }

    /** Builds an engine; every adapter not given is the in-memory one. */
    public static final class Builder {

        private final Choices adapters = new Choices();
        private CrmSettings settings = CrmSettings.defaults();
        private PipelineSettings pipelineSettings = PipelineSettings.DEFAULT;
        private ImportSettings importSettings = ImportSettings.DEFAULT;
        private Duration scheduleCheck = Duration.ofSeconds(10);

        private Builder() {}

        public Builder settings(CrmSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder pipelineSettings(PipelineSettings pipelineSettings) {
            this.pipelineSettings = Objects.requireNonNull(pipelineSettings, "pipelineSettings");
            return this;
        }

        /** How long a running import's job may stay silent before any engine sharing the store takes it for lost. */
        public Builder importSettings(ImportSettings importSettings) {
            this.importSettings = Objects.requireNonNull(importSettings, "importSettings");
            return this;
        }

        /** Every store of the storage at once; each may still be replaced by its own call afterwards. */
        public Builder storage(Storage storage) {
            return customerStore(storage.customers())
                    .orderStore(storage.orders())
                    .segmentStore(storage.segments())
                    .campaignStore(storage.campaigns())
                    .deliveryStore(storage.deliveries())
                    .importJobStore(storage.importJobs())
                    .suppressionStore(storage.suppressions())
                    .userStore(storage.users())
                    .membershipStore(storage.memberships())
                    .tokenStore(storage.tokens())
                    .auditLog(storage.auditLog());
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

        public Builder userStore(UserStore store) {
            adapters.userStore = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder membershipStore(MembershipStore store) {
            adapters.membershipStore = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder tokenStore(TokenStore store) {
            adapters.tokenStore = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder auditLog(AuditLog log) {
            adapters.auditLog = Objects.requireNonNull(log, "log");
            return this;
        }

        /** Where events go and where live views read them from; usually one adapter playing both parts. */
        public Builder events(EventPublisher publisher, EventStream stream) {
            adapters.eventPublisher = Objects.requireNonNull(publisher, "publisher");
            adapters.eventStream = Objects.requireNonNull(stream, "stream");
            return this;
        }

        /** The addresses each workspace must not message again: unsubscribed, hard-bounced or complained. */
        public Builder suppressionStore(SuppressionStore store) {
            adapters.suppressionStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Signs the unsubscribe links a channel puts in each message and checks those that come back. Without one the
         * engine signs with a random secret of its own, so its links stop working when it restarts.
         */
        public Builder unsubscribeLinks(UnsubscribeLinks links) {
            adapters.unsubscribeLinks = Objects.requireNonNull(links, "links");
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

        /**
         * Sends every message. Without one the engine uses the simulated vendor, which sends nothing, and says so in its
         * log when it starts. Sends run on the blocking pool ({@link #blockingScheduler}), so a channel may block.
         */
        public Builder messageChannel(MessageChannel channel) {
            adapters.messageChannel = Objects.requireNonNull(channel, "channel");
            return this;
        }

        /** Proposes message templates; runs on the blocking pool ({@link #blockingScheduler}), so a writer may block. */
        public Builder messageWriter(MessageWriter writer) {
            adapters.messageWriter = Objects.requireNonNull(writer, "writer");
            return this;
        }

        /**
         * The language model the assistant asks, whose calls must not block; without one, every proposal is worked out
         * offline. Each workspace may spend at most {@code dailyTokenBudget} of its tokens a day.
         */
        public Builder languageModel(LanguageModel model, long dailyTokenBudget) {
            if (dailyTokenBudget < 1) {
                throw new IllegalArgumentException("a daily token budget is positive, not " + dailyTokenBudget);
            }
            adapters.languageModel = Objects.requireNonNull(model, "model");
            adapters.modelTokenBudget = dailyTokenBudget;
            return this;
        }

        /**
         * The pool that calls which may block their thread run on: each send of a message channel and each proposal of
         * a message writer given to this builder, so that a channel over a blocking SMTP or HTTP client never holds up
         * Reactor's few shared threads. Its size bounds how many such calls run at once. Without one the engine makes
         * a bounded pool of {@link Crm#DEFAULT_BLOCKING_THREADS} threads of its own (named {@code crm-blocking}) and
         * disposes of it on close; a scheduler given here is the caller's to dispose of.
         */
        public Builder blockingScheduler(Scheduler scheduler) {
            adapters.blockingScheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /** How often the engine looks for scheduled campaigns whose time has come. */
        public Builder scheduleCheck(Duration every) {
            this.scheduleCheck = Objects.requireNonNull(every, "every");
            return this;
        }

        public Crm build() {
            return new Crm(adapters.withDefaults(settings), settings, pipelineSettings, importSettings, scheduleCheck);
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
        private @Nullable UserStore userStore;
        private @Nullable MembershipStore membershipStore;
        private @Nullable TokenStore tokenStore;
        private @Nullable AuditLog auditLog;
        private @Nullable SuppressionStore suppressionStore;
        private @Nullable UnsubscribeLinks unsubscribeLinks;
        private @Nullable EventPublisher eventPublisher;
        private @Nullable EventStream eventStream;
        private @Nullable Cache cache;
        private @Nullable DispatchQueue dispatchQueue;
        private @Nullable MessageChannel messageChannel;
        private @Nullable MessageWriter messageWriter;
        private @Nullable LanguageModel languageModel;
        private long modelTokenBudget;
        private @Nullable Scheduler blockingScheduler;

        private Adapters withDefaults(CrmSettings settings) {
            EventPublisher publisher = eventPublisher;
            EventStream stream = eventStream;
            if (publisher == null || stream == null) {
                InMemoryEventBus bus = new InMemoryEventBus();
                publisher = bus;
                stream = bus;
            }
            // The engine's own channel and writer never block; any other is called on the blocking pool.
            MessageChannel channel = messageChannel != null ? messageChannel : new SimulatedVendor(settings.clock());
            MessageWriter writer = messageWriter != null ? messageWriter : new TemplateMessageWriter();
            boolean channelBlocks = !(channel instanceof SimulatedVendor);
            boolean writerBlocks = !(writer instanceof TemplateMessageWriter);
            Scheduler pool = blockingScheduler;
            Optional<Scheduler> owned = Optional.empty();
            if (pool == null && (channelBlocks || writerBlocks)) {
                pool = Schedulers.newBoundedElastic(
                        DEFAULT_BLOCKING_THREADS,
                        Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE,
                        "crm-blocking",
                        60,
                        true);
                owned = Optional.of(pool);
            }
            SuppressionStore suppressions =
                    suppressionStore != null ? suppressionStore : new InMemorySuppressionStore();
            return new Adapters(
                    new OptOutAudiences(
                            customerStore != null ? customerStore : new InMemoryCustomerStore(), suppressions),
                    orderStore != null ? orderStore : new InMemoryOrderStore(),
                    segmentStore != null ? segmentStore : new InMemorySegmentStore(),
                    campaignStore != null ? campaignStore : new InMemoryCampaignStore(),
                    deliveryStore != null ? deliveryStore : new InMemoryDeliveryStore(),
                    importJobStore != null ? importJobStore : new InMemoryImportJobStore(),
                    userStore != null ? userStore : new InMemoryUserStore(),
                    membershipStore != null ? membershipStore : new InMemoryMembershipStore(),
                    tokenStore != null ? tokenStore : new InMemoryTokenStore(),
                    auditLog != null ? auditLog : new InMemoryAuditLog(),
                    suppressions,
                    unsubscribeLinks != null ? unsubscribeLinks : randomlySigned(),
                    publisher,
                    stream,
                    cache != null ? cache : new InMemoryCache(),
                    dispatchQueue != null ? dispatchQueue : new InMemoryDispatchQueue(),
                    channelBlocks ? Offloaded.channel(channel, Objects.requireNonNull(pool)) : channel,
                    writerBlocks ? Offloaded.writer(writer, Objects.requireNonNull(pool)) : writer,
                    channel instanceof SimulatedVendor,
                    Optional.ofNullable(languageModel),
                    modelTokenBudget,
                    owned);
        }
    }

    private static UnsubscribeLinks randomlySigned() {
        byte[] secret = new byte[UnsubscribeLinks.MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return new UnsubscribeLinks(secret, URI.create("http://localhost:8080"));
    }

    /** The adapter chosen for each driven port. */
    private record Adapters(
            CustomerStore customerStore,
            OrderStore orderStore,
            SegmentStore segmentStore,
            CampaignStore campaignStore,
            DeliveryStore deliveryStore,
            ImportJobStore importJobStore,
            UserStore userStore,
            MembershipStore membershipStore,
            TokenStore tokenStore,
            AuditLog auditLog,
            SuppressionStore suppressionStore,
            UnsubscribeLinks unsubscribeLinks,
            EventPublisher eventPublisher,
            EventStream eventStream,
            Cache cache,
            DispatchQueue dispatchQueue,
            MessageChannel messageChannel,
            MessageWriter messageWriter,
            boolean simulatedChannel,
            Optional<LanguageModel> languageModel,
            long modelTokenBudget,
            Optional<Scheduler> ownedScheduler) {}
}
