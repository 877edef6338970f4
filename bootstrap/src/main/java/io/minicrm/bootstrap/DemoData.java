package io.minicrm.bootstrap;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.minicrm.application.Crm;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * With {@code --demo}: a few hundred customers with their orders, two segments, a campaign that has finished and one
 * scheduled for tomorrow, so that a newcomer has something to look at.
 */
@Singleton
@Requires(property = "demo", value = "true")
class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final WorkspaceId WORKSPACE = WorkspaceId.DEFAULT;
    private static final List<String> CITIES = List.of("Pune", "Mumbai", "Delhi", "Bengaluru", "Chennai", "Jaipur");
    private static final List<String> NAMES =
            List.of("Asha", "Ravi", "Meera", "Arjun", "Priya", "Kabir", "Zoya", "Vikram");
    private static final int CUSTOMERS = 300;

    private final Crm crm;
    private final Clock clock;

    DemoData(Crm crm) {
        this.crm = crm;
        this.clock = Clock.systemUTC();
    }

    @EventListener
    void load(StartupEvent started) {
        // Storage that outlives the service may hold the demo from an earlier start; loading it again would clash.
        if (crm.insights().dashboard(WORKSPACE).block(Duration.ofMinutes(1)).customers() > 0) {
            LOG.info("Demo data not loaded: the workspace already has customers");
            return;
        }
        Random random = new Random(7);
        Flux.range(0, CUSTOMERS)
                .concatMap(n -> crm.customers().upsert(WORKSPACE, customer(n, random)))
                .concatMap(upserted -> orders(upserted.value(), random))
                .then(Mono.defer(this::segmentsAndCampaigns))
                .block(Duration.ofMinutes(1));
        LOG.info(
                "Demo data loaded: {} customers with their orders, two segments, a finished and a scheduled campaign",
                CUSTOMERS);
    }

    private static CustomerDraft customer(int n, Random random) {
        String name = NAMES.get(n % NAMES.size()) + " " + (char) ('A' + n % 26) + ".";
        Set<String> tags =
                random.nextInt(5) == 0 ? Set.of("vip") : random.nextInt(7) == 0 ? Set.of("churned") : Set.of();
        return new CustomerDraft(
                "customer" + n + "@example.com",
                Optional.of(name),
                Optional.of("+91 98200 " + (10000 + n)),
                Optional.of(CITIES.get(random.nextInt(CITIES.size()))),
                tags,
                Map.of());
    }

    private Flux<Void> orders(Customer customer, Random random) {
        int count = random.nextInt(6);
        return Flux.range(0, count)
                .concatMap(i -> crm.orders()
                        .record(
                                WORKSPACE,
                                new OrderDraft(
                                        Optional.of(customer.id().value() + "-" + i),
                                        customer.id().value(),
                                        BigDecimal.valueOf(200 + random.nextInt(4000)),
                                        Optional.empty(),
                                        List.of(),
                                        Optional.of(Instant.now(clock).minus(Duration.ofDays(random.nextInt(200)))))))
                .thenMany(Flux.empty());
    }

    private Mono<Void> segmentsAndCampaigns() {
        return define("Big spenders", "total_spend > 8000")
                .zipWith(define("Lapsed", "last_order_at more than 90 days ago and not tags has any (\"churned\")"))
                .flatMap(segments -> sendNow(segments.getT1()).then(scheduleTomorrow(segments.getT2())))
                .then();
    }

    private Mono<Segment> define(String name, String rule) {
        return crm.segments()
                .define(WORKSPACE, new SegmentDraft(name, "Demo segment", new RuleSource.Text(rule), "demo"));
    }

    private Mono<Campaign> sendNow(Segment segment) {
        return crm.campaigns()
                .create(
                        WORKSPACE,
                        new NewCampaign(
                                "Thank you, big spenders",
                                segment.id(),
                                Channel.EMAIL,
                                Optional.of("A gift for you, {{first_name|friend}}"),
                                "Hi {{first_name|there}}, here is {{discount}}% off your next order.",
                                Map.of("discount", "15")),
                        "demo")
                .flatMap(campaign -> crm.campaigns().queue(WORKSPACE, campaign.id()))
                .flatMap(queued -> Mono.defer(() -> crm.campaigns().get(WORKSPACE, queued.id()))
                        .filter(current -> current.status() == CampaignStatus.COMPLETED)
                        .repeatWhenEmpty(400, ticks -> ticks.delayElements(Duration.ofMillis(50))));
    }

    private Mono<Campaign> scheduleTomorrow(Segment segment) {
        return crm.campaigns()
                .create(
                        WORKSPACE,
                        new NewCampaign(
                                "We miss you",
                                segment.id(),
                                Channel.SMS,
                                Optional.empty(),
                                "Hi {{first_name|there}}, come back for {{discount}}% off.",
                                Map.of("discount", "20")),
                        "demo")
                .flatMap(campaign -> crm.campaigns()
                        .schedule(WORKSPACE, campaign.id(), Instant.now(clock).plus(Duration.ofDays(1))));
    }
}
