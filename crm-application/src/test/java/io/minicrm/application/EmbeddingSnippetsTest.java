package io.minicrm.application;

import static io.minicrm.application.Shops.campaignToEveryone;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import io.minicrm.application.blocking.BlockingCrm;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.application.port.shared.WorkspaceEvent;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** The snippets README and docs/embedding.md show, each run here as the page shows it. */
class EmbeddingSnippetsTest {

    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;

    @Test
    void quick_start() {
        // tag::quick-start[]
        try (Crm crm = Crm.builder().build().start()) {
            BlockingCrm engine = crm.blocking();
            WorkspaceId shop = WorkspaceId.DEFAULT;
            engine.customers()
                    .create(
                            shop,
                            new CustomerDraft(
                                    "asha@example.com",
                                    Optional.of("Asha"),
                                    Optional.empty(),
                                    Optional.of("Pune"),
                                    Set.of(),
                                    Map.of()));
            Segment pune = engine.segments()
                    .define(shop, new SegmentDraft("Pune", "", new RuleSource.Text("city = \"Pune\""), "me"));
            Campaign draft = engine.campaigns()
                    .create(
                            shop,
                            new NewCampaign(
                                    "Hello Pune",
                                    pune.id(),
                                    Channel.EMAIL,
                                    Optional.of("Hello"),
                                    "Hi {{first_name|there}}!",
                                    Map.of()),
                            "me");
            engine.campaigns().queue(shop, draft.id());
            Campaign done = engine.campaigns().awaitCompletion(shop, draft.id(), Duration.ofMinutes(1));
            System.out.println(done.status() + ", audience " + done.counters().audience());
        }
        // end::quick-start[]
    }

    @Test
    void waiting_for_a_campaign() {
        try (Crm crm = Crm.builder().build().start()) {
            Campaign campaign = campaignToEveryone(crm, 3);
            WorkspaceId shop = SHOP;
            // tag::waiting[]
            crm.campaigns().queue(shop, campaign.id()).block();
            Campaign done = crm.campaigns().completion(shop, campaign.id()).block(Duration.ofMinutes(5));
            // done.status() is COMPLETED, CANCELLED or FAILED; done.counters() says how many were sent, delivered,
            // failed
            // end::waiting[]
            assertThat(done.status()).isEqualTo(CampaignStatus.COMPLETED);
            assertThat(done.counters().audience()).isEqualTo(3);
        }
    }

    @Test
    void following_events() {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (Crm crm = Crm.builder().build().start()) {
            WorkspaceId shop = SHOP;
            // tag::events[]
            Disposable following = crm.events().follow(shop).subscribe(event -> {
                switch (event) {
                    case WorkspaceEvent.CustomerCreated created -> lines.add("new customer " + created.email());
                    case WorkspaceEvent.DeliveriesUpdated batch ->
                        lines.add(batch.campaign().name() + ": "
                                + batch.campaign().counters().sent() + " sent so far");
                    case WorkspaceEvent.CampaignCompleted completed ->
                        lines.add(completed.campaign().name() + " done");
                    case WorkspaceEvent.Missed missed -> lines.add(missed.count() + " events missed: reading afresh");
                    default -> {}
                }
            });
            // end::events[]
            Campaign campaign = campaignToEveryone(crm, 2);
            crm.campaigns().queue(shop, campaign.id()).block();
            Campaign done = crm.campaigns().completion(shop, campaign.id()).block(Duration.ofSeconds(10));
            waitFor(() -> lines.contains(done.name() + " done"));
            following.dispose();
        }
        assertThat(lines)
                .contains("new customer c0@example.com", "new customer c1@example.com", "Hello done")
                .anyMatch(line -> line.startsWith("Hello: "));
    }

    @Test
    void a_pool_for_a_blocking_channel() {
        MessageChannel smtp = Shops::sentBlocking;
        // tag::threads[]
        Scheduler mailThreads = Schedulers.newBoundedElastic(8, 10_000, "mail");
        Crm crm = Crm.builder()
                .messageChannel(smtp) // sends with a client that blocks its thread
                .blockingScheduler(mailThreads) // so at most 8 sends at once, each on a thread of the pool
                .build()
                .start();
        // end::threads[]
        try (crm) {
            Campaign campaign = campaignToEveryone(crm, 20);
            crm.campaigns().queue(SHOP, campaign.id()).block();
            assertThat(crm.campaigns()
                            .completion(SHOP, campaign.id())
                            .block(Duration.ofSeconds(30))
                            .counters()
                            .sent())
                    .isEqualTo(20);
        } finally {
            mailThreads.dispose();
        }
    }

    @Test
    void the_blocking_face() {
        try (Crm crm = Crm.builder().build().start()) {
            // tag::blocking[]
            BlockingCrm engine = crm.blocking(Duration.ofSeconds(30));
            Customer asha = engine.customers()
                    .create(
                            WorkspaceId.DEFAULT,
                            new CustomerDraft(
                                    "asha@example.com",
                                    Optional.of("Asha Rao"),
                                    Optional.empty(),
                                    Optional.of("Pune"),
                                    Set.of("vip"),
                                    Map.of()));
            try {
                engine.customers()
                        .create(
                                WorkspaceId.DEFAULT,
                                new CustomerDraft(
                                        "asha@example.com",
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Set.of(),
                                        Map.of()));
            } catch (CrmException refused) {
                System.out.println(refused.problem().message()); // the e-mail is taken: a Conflict
            }
            Optional<Customer> found = engine.customers().get(WorkspaceId.DEFAULT, asha.id());
            // end::blocking[]
            assertThat(found).contains(asha);
        }
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }
}
