package io.minicrm.adapter.smtp;

import static io.minicrm.adapter.smtp.SmtpFixture.LINKS;
import static io.minicrm.adapter.smtp.SmtpFixture.SHOP;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocketFactory;

import io.minicrm.application.Crm;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.template.RenderedMessage;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Messages per second for a campaign to 100,000 customers through the pipeline on the SMTP channel (in-memory stores,
 * queueing to COMPLETED), against a bare Angus Mail loop sending the same messages, composed the same way, over as
 * many connections kept open; both to one local sink that counts messages and keeps none.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SmtpCampaignBenchmark {

    private static final int RECIPIENTS = 100_000;
    private static final int CONNECTIONS = 8;
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private SmtpSink sink;
    private SmtpMessageChannel channel;
    private Crm crm;
    private Segment everyone;
    private Session session;
    private MessageComposer composer;
    private List<Delivery> deliveries;

    @Setup(Level.Trial)
    public void start() throws IOException {
        sink = new SmtpSink();
        SmtpSettings settings = SmtpFixture.settings(sink.port(), CONNECTIONS);
        InMemorySuppressionStore suppressions = new InMemorySuppressionStore();
        channel = SmtpMessageChannel.open(settings, LINKS, suppressions, Clock.systemUTC());
        crm = Crm.builder()
                .messageChannel(channel)
                .suppressionStore(suppressions)
                .unsubscribeLinks(LINKS)
                .build()
                .start();
        SmtpFixture.customers(crm, RECIPIENTS);
        everyone = crm.segments()
                .define(SHOP, new SegmentDraft("Everyone", "", new RuleSource.Text("all()"), "mira"))
                .block(PATIENCE);
        session = new TransportPool(settings, (SSLSocketFactory) SSLSocketFactory.getDefault()).session();
        composer = new MessageComposer(settings, LINKS, Clock.systemUTC());
        CampaignId campaign = new CampaignId("bare-loop");
        Instant now = Instant.now();
        deliveries = new ArrayList<>(RECIPIENTS);
        for (int n = 0; n < RECIPIENTS; n++) {
            deliveries.add(Delivery.pending(
                    SHOP,
                    campaign,
                    new CustomerId("c" + n),
                    "reader%04d@example.com".formatted(n),
                    new RenderedMessage(Optional.of("News for Reader" + n), "Hi Reader" + n + ", here is our news."),
                    now));
        }
        sink.takeCount();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        crm.close();
        channel.close();
        sink.close();
    }

    /** One operation is one message: a campaign to every customer, from queueing to COMPLETED. */
    @Benchmark
    @OperationsPerInvocation(RECIPIENTS)
    public CampaignCounters pipeline() {
        Campaign created = crm.campaigns()
                .create(
                        SHOP,
                        new NewCampaign(
                                "News",
                                everyone.id(),
                                Channel.EMAIL,
                                Optional.of("News for {{first_name}}"),
                                "Hi {{first_name}}, here is our news.",
                                Map.of()),
                        "mira")
                .block(PATIENCE);
        crm.campaigns().queue(SHOP, created.id()).block(PATIENCE);
        CampaignCounters counters =
                crm.campaigns().completion(SHOP, created.id()).block(PATIENCE).counters();
        expectAll(counters.sent());
        return counters;
    }

    /** One operation is one message: each connection's thread composes and sends its share in a plain loop. */
    @Benchmark
    @OperationsPerInvocation(RECIPIENTS)
    public long bareLoop() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(CONNECTIONS)) {
            List<Future<?>> loops = new ArrayList<>();
            for (int connection = 0; connection < CONNECTIONS; connection++) {
                int first = connection;
                loops.add(threads.submit(() -> {
                    try (Transport transport = session.getTransport("smtp")) {
                        transport.connect();
                        for (int n = first; n < RECIPIENTS; n += CONNECTIONS) {
                            MimeMessage message = composer.compose(deliveries.get(n), session);
                            transport.sendMessage(message, message.getAllRecipients());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
        }
        return expectAll(RECIPIENTS);
    }

    /** Fails the run unless the sink took exactly one message per recipient since the last run. */
    private long expectAll(long reported) {
        long taken = sink.takeCount();
        if (taken != RECIPIENTS || reported != RECIPIENTS) {
            throw new IllegalStateException(
                    "the sink took " + taken + " messages and the run reported " + reported + ", not " + RECIPIENTS);
        }
        return taken;
    }
}
