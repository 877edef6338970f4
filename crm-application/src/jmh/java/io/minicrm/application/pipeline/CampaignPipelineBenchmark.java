package io.minicrm.application.pipeline;

import java.util.concurrent.TimeUnit;

import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryDispatchQueue;
import io.minicrm.domain.campaign.CampaignCounters;
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

    private final MillionRecipientCampaign campaign = new MillionRecipientCampaign();

    @Setup(Level.Trial)
    public void registerCustomers() {
        campaign.registerCustomers();
    }

    /** One operation is one delivery: the invocation sends a campaign to every customer and waits for it to complete. */
    @Benchmark
    @OperationsPerInvocation(MillionRecipientCampaign.RECIPIENTS)
    public CampaignCounters campaignToEveryone() {
        InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
        InMemoryDispatchQueue queue = new InMemoryDispatchQueue();
        try (CampaignPipeline pipeline = campaign.pipeline(campaigns, queue)) {
            pipeline.start().block();
            return campaign.queueAndAwaitCompletion(campaigns, queue).counters();
        }
    }
}
