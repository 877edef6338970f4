package io.minicrm.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.application.port.out.forwarding.ForwardingCampaignStore;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class ScheduleCheckTest {

    private static final Duration CHECK = Duration.ofMillis(50);
    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;
    private final Clock clock = Clock.system(ZoneOffset.UTC);

    @Test
    void a_due_campaign_is_queued_once_a_store_that_was_slow_then_failing_answers_again() throws InterruptedException {
        // Three rounds each slower than eight intervals, then three that fail, then the store answers.
        try (Crm crm = engine(round -> round < 3
                ? Flux.<Campaign>never().take(Duration.ofMillis(400))
                : round < 6 ? Flux.error(new IllegalStateException("store unreachable")) : null)) {
            Campaign campaign = scheduledSoon(crm);

            assertThat(statusOnceSettled(crm, campaign)).isNotEqualTo(CampaignStatus.DRAFT);
            Thread.sleep(CHECK.multipliedBy(2).toMillis());
            assertThat(scheduleCheck(crm))
                    .satisfies(task -> assertThat(task.lastCompleted()).isPresent())
                    .satisfies(task -> assertThat(task.stalled(3)).isFalse());
        }
    }

    @Test
    void a_check_that_never_completes_is_reported_stalled() throws InterruptedException {
        try (Crm crm = engine(round -> Flux.never())) {
            Thread.sleep(CHECK.multipliedBy(6).toMillis());

            assertThat(scheduleCheck(crm))
                    .satisfies(task -> assertThat(task.lastCompleted()).isEmpty())
                    .satisfies(task -> assertThat(task.stalled(3)).isTrue());
        }
    }

    private static PeriodicTask scheduleCheck(Crm crm) {
        return crm.periodicTasks().stream()
                .filter(task -> task.name().startsWith("Queueing scheduled campaigns"))
                .findFirst()
                .orElseThrow();
    }

    /** An engine whose search for drafts goes as {@code rounds} says for the nth search, or to the store when null. */
    private Crm engine(IntFunction<Flux<Campaign>> rounds) {
        AtomicInteger searches = new AtomicInteger();
        ForwardingCampaignStore unsteady = new ForwardingCampaignStore(new InMemoryCampaignStore()) {
            @Override
            public Flux<Campaign> findByStatus(CampaignStatus status) {
                if (status != CampaignStatus.DRAFT) {
                    return super.findByStatus(status);
                }
                return Flux.defer(() -> {
                    Flux<Campaign> round = rounds.apply(searches.getAndIncrement());
                    return round != null ? round : super.findByStatus(status);
                });
            }
        };
        return Crm.builder()
                .settings(new CrmSettings(
                        Currency.getInstance("INR"), FieldCatalogue.standard(), clock, IdGenerator.TIME_ORDERED))
                .campaignStore(unsteady)
                .scheduleCheck(CHECK)
                .build()
                .start();
    }

    private Campaign scheduledSoon(Crm crm) {
        Segment everyone = crm.segments()
                .define(SHOP, new SegmentDraft("Everyone", "", new RuleSource.Text("all()"), "me"))
                .block();
        Campaign draft = crm.campaigns()
                .create(
                        SHOP,
                        new NewCampaign(
                                "Soon",
                                everyone.id(),
                                Channel.EMAIL,
                                Optional.of("Hello"),
                                "Hi {{first_name|there}}",
                                Map.of()),
                        "me")
                .block();
        return crm.campaigns()
                .schedule(SHOP, draft.id(), clock.instant().plusMillis(200))
                .block();
    }

    private static CampaignStatus statusOnceSettled(Crm crm, Campaign campaign) {
        return Mono.defer(() -> crm.campaigns().get(SHOP, campaign.id()))
                .filter(current -> current.status() != CampaignStatus.DRAFT)
                .repeatWhenEmpty(400, ticks -> ticks.delayElements(Duration.ofMillis(25)))
                .map(Campaign::status)
                .defaultIfEmpty(CampaignStatus.DRAFT)
                .block(Duration.ofSeconds(15));
    }
}
