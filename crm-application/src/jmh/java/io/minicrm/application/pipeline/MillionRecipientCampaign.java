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
import java.util.concurrent.locks.LockSupport;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.inmemory.SimulatedVendor;
import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.domain.campaign.Campaign;
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
 * A campaign to a million customers as the pipeline benchmarks run it on any queue: the customers, a node's pipeline
 * over in-memory stores with the simulated vendor answering at once, and the campaign from its queueing to COMPLETED.
 */
public final class MillionRecipientCampaign {

    public static final int RECIPIENTS = 1_000_000;

    private static final int SAVE_BATCH = 10_000;
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final List<String> CITIES = List.of("Pune", "Mumbai", "Delhi", "Bengaluru", "Chennai", "Kolkata");

    private final CrmSettings settings = new CrmSettings(
            Currency.getInstance("INR"), FieldCatalogue.standard(), Clock.systemUTC(), IdGenerator.TIME_ORDERED);
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();

    public void registerCustomers() {
        Instant now = settings.clock().instant();
        for (int first = 0; first < RECIPIENTS; first += SAVE_BATCH) {
            List<Customer> batch = new ArrayList<>(SAVE_BATCH);
            for (int number = first; number < first + SAVE_BATCH; number++) {
                Profile profile = new Profile(
                        Optional.of("Customer" + number + " Shah"),
                        Optional.empty(),
                        Optional.of(CITIES.get(number % CITIES.size())),
                        Set.of(),
                        Map.of());
                batch.add(Customer.register(
                        WorkspaceId.DEFAULT,
                        new CustomerId("c%07d".formatted(number)),
                        new Email("c%07d@example.com".formatted(number)),
                        profile,
                        settings.currency(),
                        now));
            }
            customers.saveAll(batch).block();
        }
    }

    /** A node's pipeline with the default settings on the given queue, not yet started. */
    public CampaignPipeline pipeline(InMemoryCampaignStore campaigns, DispatchQueue queue) {
        return new CampaignPipeline(
                new PipelinePorts(
                        campaigns,
                        new InMemoryDeliveryStore(),
                        customers,
                        queue,
                        new SimulatedVendor(new SimulatedVendor.Settings(42, 0.1, 0, Duration.ZERO), settings.clock()),
                        new InMemoryEventBus(),
                        new InMemorySuppressionStore()),
                settings,
                PipelineSettings.DEFAULT);
    }

    /**
     * Queues the campaign as the campaigns use case does (the rule fixed, the campaign stored, its dispatch requested)
     * and returns it once it is COMPLETED with every delivery settled.
     */
    public Campaign queueAndAwaitCompletion(InMemoryCampaignStore campaigns, DispatchQueue queue) {
        Campaign queued = campaigns.insert(queued()).block();
        queue.requestDispatch(new DispatchRequest(queued.workspace(), queued.id()))
                .block();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Campaign current = queued;
        while (current.status() != CampaignStatus.COMPLETED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("campaign not completed after " + PATIENCE + ": " + current);
            }
            LockSupport.parkNanos(1_000_000);
            current = campaigns.findById(queued.workspace(), queued.id()).block();
        }
        if (current.counters().audience() != RECIPIENTS || current.counters().pending() != 0) {
            throw new IllegalStateException(
                    "expected " + RECIPIENTS + " settled deliveries, counted " + current.counters());
        }
        return current;
    }

    private Campaign queued() {
        Instant now = settings.clock().instant();
        NewCampaign request = new NewCampaign(
                "Everyone",
                new SegmentId("everyone"),
                Channel.EMAIL,
                Optional.of("News for {{city}}"),
                "Hi {{first_name|there}}, thank you for your {{order_count}} orders.",
                Map.of());
        return Campaign.draft(
                        WorkspaceId.DEFAULT,
                        new CampaignId(settings.ids().next()),
                        request,
                        settings.catalogue(),
                        "bench",
                        now)
                .flatMap(draft -> draft.queue(Rule.all(), now))
                .getOrElseThrow(problem -> new IllegalStateException(problem.message()));
    }
}
