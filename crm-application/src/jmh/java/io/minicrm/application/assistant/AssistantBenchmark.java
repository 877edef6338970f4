package io.minicrm.application.assistant;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.minicrm.application.Crm;
import io.minicrm.application.blocking.BlockingCrm;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.MessageVariants;
import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.application.port.in.RuleProposal;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.in.TagProposal;
import io.minicrm.application.port.in.VariantBrief;
import io.minicrm.application.port.in.WordedFigures;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The latency each assistant feature adds offline, on the in-memory engine with 1,000 customers in five cities, 2,000
 * orders, a 1,000-recipient campaign that has finished, and a seed segment of about a fifth of the customers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
public class AssistantBenchmark {

    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;
    private static final List<String> CITIES = List.of("Pune", "Mumbai", "Delhi", "Chennai", "Kolkata");

    private Crm crm;
    private Segment seed;
    private Campaign campaign;

    @Setup(Level.Trial)
    public void shop() {
        crm = Crm.builder().build().start();
        BlockingCrm engine = crm.blocking();
        Instant start = Instant.parse("2026-06-01T04:30:00Z");
        for (int i = 0; i < 1_000; i++) {
            Customer customer = engine.customers()
                    .create(
                            SHOP,
                            new CustomerDraft(
                                    "c" + i + "@example.com",
                                    Optional.of("C " + i),
                                    Optional.empty(),
                                    Optional.of(CITIES.get(i % CITIES.size())),
                                    i % 5 == 0 ? Set.of("vip") : Set.of(),
                                    Map.of()));
            for (int n = 0; n < 2; n++) {
                engine.orders()
                        .record(
                                SHOP,
                                new OrderDraft(
                                        Optional.empty(),
                                        customer.id().value(),
                                        BigDecimal.valueOf(i % 5 == 0 ? 9_000 + i : 500 + i),
                                        Optional.empty(),
                                        List.of(),
                                        Optional.of(start.plus(Duration.ofHours(37L * i + 11L * n)))));
            }
        }
        seed = engine.segments()
                .define(SHOP, new SegmentDraft("VIP", "", new RuleSource.Text("tags has any (\"vip\")"), "bench"));
        Campaign draft = engine.campaigns()
                .create(
                        SHOP,
                        new NewCampaign(
                                "Diwali sale for VIPs",
                                seed.id(),
                                Channel.SMS,
                                Optional.empty(),
                                "Hi {{first_name|there}}, 20% off!",
                                Map.of()),
                        "bench");
        engine.campaigns().queue(SHOP, draft.id());
        campaign = engine.campaigns().awaitCompletion(SHOP, draft.id(), Duration.ofMinutes(1));
    }

    @TearDown(Level.Trial)
    public void close() {
        crm.close();
    }

    @Benchmark
    public RuleProposal describedAudience() {
        return crm.assistant()
                .proposeRule(SHOP, "people in Pune who haven't shopped in 6 months and spent over ₹5K")
                .block();
    }

    @Benchmark
    public MessageVariants messageVariants() {
        return crm.assistant()
                .proposeVariants(SHOP, new VariantBrief("win back lapsed buyers", seed.id(), Channel.SMS, 3))
                .block();
    }

    @Benchmark
    public WordedFigures performanceSummary() {
        return crm.assistant().summarise(SHOP, campaign.id()).block();
    }

    @Benchmark
    public WordedFigures sendTime() {
        return crm.assistant().suggestSendTime(SHOP, seed.id()).block();
    }

    @Benchmark
    public RuleProposal lookalike() {
        return crm.assistant().proposeLookalike(SHOP, seed.id()).block();
    }

    @Benchmark
    public TagProposal tags() {
        return crm.assistant().proposeTags(SHOP, campaign.id(), List.of()).block();
    }
}
