package io.minicrm.adapter.smtp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.Crm;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.shared.UnsubscribeLinks;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;

/** An engine on the in-memory adapters whose channel is SMTP, with customers and a campaign to all of them. */
final class SmtpFixture {

    static final WorkspaceId SHOP = WorkspaceId.DEFAULT;
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final UnsubscribeLinks LINKS = new UnsubscribeLinks(
            "the SMTP tests' secret, thirty-two bytes at least".getBytes(StandardCharsets.UTF_8),
            URI.create("https://crm.example.com"));
    /** Quick retries, so that a 4xx or an outage is tried again within the test's patience. */
    static final PipelineSettings QUICK = new PipelineSettings(
            200, 2, 2, 16, 6, Duration.ofMillis(50), 200, Duration.ofMillis(20), Duration.ofSeconds(30));

    private SmtpFixture() {}

    static SmtpSettings settings(int port, int connections) {
        return new SmtpSettings(
                "127.0.0.1",
                port,
                Optional.empty(),
                Optional.empty(),
                "shop@example.com",
                SmtpSettings.Security.NONE,
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                connections,
                0);
    }

    static void customers(Crm crm, int count) {
        Flux.range(0, count)
                .flatMap(
                        n -> crm.customers()
                                .create(
                                        SHOP,
                                        new CustomerDraft(
                                                "reader%04d@example.com".formatted(n),
                                                Optional.of("Reader" + n),
                                                Optional.empty(),
                                                Optional.empty(),
                                                Set.of(),
                                                Map.of())),
                        16)
                .blockLast(PATIENCE);
    }

    /** A campaign to every customer, queued, and as it stands once finished. */
    static Campaign sentToEveryone(Crm crm) {
        Segment everyone = crm.segments()
                .define(SHOP, new SegmentDraft("Everyone", "", new RuleSource.Text("all()"), "mira"))
                .block(PATIENCE);
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
        return crm.campaigns().completion(SHOP, created.id()).block(PATIENCE);
    }
}
