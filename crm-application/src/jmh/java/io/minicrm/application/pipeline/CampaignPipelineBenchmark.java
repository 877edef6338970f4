package io.minicrm.application.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.inmemory.InMemoryDispatchQueue;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.inmemory.SimulatedVendor;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.application.port.out.IdGenerator;
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
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * Deliveries per second for a campaign to a million customers through one in-memory pipeline: the dispatcher's
 * fan-out, the senders, the simulated vendor answering at once and the receipt writer, from queueing to completion.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CampaignPipelineBenchmark {

    static final int RECIPIENTS = 1_000_000;

    private static final int SAVE_BATCH = 10_000;
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final List<String> CITIES = List.of("Pune", "Mumbai", "Delhi", "Bengaluru", "Chennai", "Kolkata");

    private final CrmSettings settings = new CrmSettings(Currency.getInstance("INR"), FieldCatalogue.standard(),
            Clock.systemUTC(), IdGenerator.TIME_ORDERED);
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();

    @Setup(Level.Trial)
    public void registerCustomers() {
        Instant now = settings.clock().instant();
        for (int first = 0; first < RECIPIENTS; first += SAVE_BATCH) {
            List<Customer> batch = new ArrayList<>(SAVE_BATCH);
            for (int number = first; number < first + SAVE_BATCH; number++) {
                Profile profile = new Profile(Optional.of("Customer" + number + " Shah"), Optional.empty(),
                        Optional.of(CITIES.get(number % CITIES.size())), Set.of(), Map.of());
                batch.add(Customer.register(WorkspaceId.DEFAULT, new CustomerId("c%07d".formatted(number)),
                        new Email("c%07d@example.com".formatted(number)), profile, settings.currency(), now));
            }
            customers.saveAll(batch).block();
        }
    }

    /** One operation is one delivery: the invocation sends a campaign to every customer and waits for it to complete. */
    @Benchmark
    @OperationsPerInvocation(RECIPIENTS)
    public CampaignCounters campaignToEveryone() {
        InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
        PipelinePorts ports = new PipelinePorts(campaigns, new InMemoryDeliveryStore(), customers, new InMemoryDispatchQueue(),
                new SimulatedVendor(new SimulatedVendor.Settings(42, 0.1, 0, Duration.ZERO), settings.clock()),
                new InMemoryEventBus());
        try (CampaignPipeline pipeline = new CampaignPipeline(ports, settings, PipelineSettings.DEFAULT)) {
            pipeline.start().block();
            Campaign queued = queued(campaigns);
            ports.queue().requestDispatch(new DispatchRequest(queued.workspace(), queued.id())).block();
            return completed(campaigns, queued).counters();
        }
    }

    /** Queued as the campaigns use case queues it: the rule fixed, the campaign stored, then its dispatch requested. */
    private Campaign queued(InMemoryCampaignStore campaigns) {
        Instant now = settings.clock().instant();
        NewCampaign request = new NewCampaign("Everyone", new SegmentId("everyone"), Channel.EMAIL, Optional.of("News for {{city}}"),
                "Hi {{first_name|there}}, thank you for your {{order_count}} orders.", Map.of());
        Campaign campaign = Campaign.draft(WorkspaceId.DEFAULT, new CampaignId(settings.ids().next()), request,
                        settings.catalogue(), "bench", now)
                .flatMap(draft -> draft.queue(Rule.all(), now))
                .getOrElseThrow(problem -> new IllegalStateException(problem.message()));
        return campaigns.insert(campaign).block();
    }

    private static Campaign completed(InMemoryCampaignStore campaigns, Campaign queued) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Campaign current = queued;
        while (current.status() != CampaignStatus.COMPLETED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("campaign not completed after " + PATIENCE + ": " + current);
            }
            LockSupport.parkNanos(1_000_000);
            current = campaigns.findById(queued.workspace(), queued.id()).block();
        }
        if (current.counters().audience() != RECIPIENTS) {
            throw new IllegalStateException("expected " + RECIPIENTS + " deliveries, counted " + current.counters());
        }
        return current;
    }
}
