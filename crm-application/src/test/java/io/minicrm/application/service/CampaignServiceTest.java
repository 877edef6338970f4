package io.minicrm.application.service;

import static io.minicrm.application.service.Engine.A;
import static io.minicrm.application.service.Engine.B;
import static io.minicrm.application.service.Engine.NOW;
import static io.minicrm.application.service.Engine.refusal;
import static io.minicrm.application.service.Engine.segment;
import static io.minicrm.application.service.Engine.sms;
import static io.minicrm.domain.segment.Operator.EQ;
import static io.minicrm.domain.segment.Rule.when;
import static io.minicrm.domain.segment.Value.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCancelled;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignCreated;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignQueued;
import io.minicrm.domain.campaign.CampaignScheduled;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentCreated;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class CampaignServiceTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final Engine engine = new Engine();
    private final Segment pune = engine.defined(A, "city = \"Pune\"");

    @Test
    void creates_a_draft_that_fills_in_its_variables() {
        NewCampaign request = new NewCampaign(
                " Diwali ",
                pune.id(),
                Channel.EMAIL,
                Optional.of("Hello {{first_name|there}}"),
                "{{discount}}% off for you",
                Map.of("discount", "10"));

        Campaign draft = engine.campaigns.create(A, request, "mira").block();

        assertThat(draft.id()).isEqualTo(new CampaignId("id-002"));
        assertThat(draft.name()).isEqualTo("Diwali");
        assertThat(draft.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(draft.audienceRule()).isEmpty();
        assertThat(draft.counters()).isEqualTo(CampaignCounters.NONE);
        assertThat(draft.createdBy()).isEqualTo("mira");
        assertThat(draft.body().text()).isEqualTo("{{discount}}% off for you");
        assertThat(engine.campaigns.get(A, draft.id()).block()).isEqualTo(draft);
        assertThat(engine.events).containsExactly(new SegmentCreated(pune, NOW), new CampaignCreated(draft, NOW));
    }

    @Test
    void refuses_a_draft_listing_every_unknown_placeholder() {
        NewCampaign request = new NewCampaign(
                "Diwali",
                pune.id(),
                Channel.EMAIL,
                Optional.of("Hello {{nickname}}"),
                "Hi {{first_name}}, {{promo}} and {{ coupon | none }}",
                Map.of());

        assertThat(refusal(engine.campaigns.create(A, request, "mira")))
                .isEqualTo(new Problem.Invalid(List.of(
                        new Violation("subject", "unknown placeholder 'nickname' at line 1, column 7"),
                        new Violation("body", "unknown placeholder 'promo' at line 1, column 20"),
                        new Violation("body", "unknown placeholder 'coupon' at line 1, column 34"))));
        assertThat(engine.campaigns
                        .list(A, Optional.empty(), Optional.empty(), PageRequest.FIRST)
                        .block()
                        .total())
                .isZero();
    }

    @Test
    void a_campaign_goes_to_a_segment_of_its_workspace() {
        Segment elsewhere = engine.defined(B, "city = \"Pune\"");

        assertThat(refusal(engine.campaigns.create(A, sms("Diwali", elsewhere), "mira")))
                .isEqualTo(Problem.Invalid.of("segment", "no segment has the id 'id-002'"));
    }

    @Test
    void queuing_fixes_the_segments_rule_and_hands_the_campaign_to_the_pipeline() {
        Campaign draft = engine.drafted(A, "Diwali", pune);
        engine.clock.advance(HOUR);

        Campaign queued = engine.campaigns.queue(A, draft.id()).block();

        assertThat(queued.status()).isEqualTo(CampaignStatus.QUEUED);
        assertThat(queued.audienceRule()).contains(when("city", EQ, text("Pune")));
        assertThat(queued.updatedAt()).isEqualTo(NOW.plus(HOUR));
        assertThat(engine.campaigns.get(A, draft.id()).block()).isEqualTo(queued);
        assertThat(engine.events).endsWith(new CampaignQueued(queued, NOW.plus(HOUR)));
        assertThat(engine.dispatches).containsExactly(new DispatchRequest(A, draft.id()));
    }

    @Test
    void queued_campaign_ignores_later_rule_edits() {
        Campaign draft = engine.drafted(A, "Diwali", pune);
        engine.campaigns.queue(A, draft.id()).block();

        engine.segments
                .update(A, pune.id(), segment("Delhi", "city = \"Delhi\""))
                .block();

        assertThat(engine.campaigns.get(A, draft.id()).block().audienceRule()).contains(when("city", EQ, text("Pune")));
    }

    @Test
    void a_campaign_is_queued_once() {
        Campaign draft = engine.drafted(A, "Diwali", pune);
        engine.campaigns.queue(A, draft.id()).block();

        assertThat(refusal(engine.campaigns.queue(A, draft.id())))
                .isEqualTo(new Problem.Conflict("campaign id-002 is QUEUED, so it cannot become QUEUED"));
        assertThat(engine.dispatches).hasSize(1);
    }

    @Test
    void queuing_refuses_an_unknown_campaign_and_one_whose_segment_is_gone() {
        Campaign draft = engine.drafted(A, "Diwali", pune);
        engine.segments.delete(A, pune.id()).block();

        assertThat(refusal(engine.campaigns.queue(A, new CampaignId("nope"))))
                .isEqualTo(new Problem.NotFound("campaign", "nope"));
        assertThat(refusal(engine.campaigns.queue(B, draft.id())))
                .isEqualTo(new Problem.NotFound("campaign", "id-002"));
        assertThat(refusal(engine.campaigns.queue(A, draft.id())))
                .isEqualTo(new Problem.Conflict("the segment of campaign id-002 was deleted"));
        assertThat(engine.campaigns.get(A, draft.id()).block().status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(engine.dispatches).isEmpty();
    }

    @Test
    void a_cancelled_draft_is_never_sent() {
        Campaign draft = engine.drafted(A, "Diwali", pune);

        Campaign cancelled = engine.campaigns.cancel(A, draft.id()).block();

        assertThat(cancelled.status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(refusal(engine.campaigns.queue(A, draft.id())))
                .isEqualTo(new Problem.Conflict("campaign id-002 is CANCELLED, so it cannot become QUEUED"));
        assertThat(engine.dispatches).isEmpty();
        assertThat(engine.events).endsWith(new CampaignCreated(draft, NOW), new CampaignCancelled(cancelled, NOW));
    }

    @Test
    void a_campaign_is_scheduled_for_later_than_now() {
        Campaign draft = engine.drafted(A, "Diwali", pune);

        assertThat(refusal(engine.campaigns.schedule(A, draft.id(), NOW.minusSeconds(60))))
                .isEqualTo(Problem.Invalid.of(
                        "scheduledAt", "a campaign is scheduled for later than now, not 2026-11-24T06:29:00Z"));
        assertThat(refusal(engine.campaigns.schedule(A, draft.id(), NOW)))
                .isEqualTo(Problem.Invalid.of(
                        "scheduledAt", "a campaign is scheduled for later than now, not 2026-11-24T06:30:00Z"));
        Campaign scheduled =
                engine.campaigns.schedule(A, draft.id(), NOW.plus(HOUR)).block();

        assertThat(scheduled.scheduledAt()).contains(NOW.plus(HOUR));
        assertThat(engine.events).endsWith(new CampaignCreated(draft, NOW), new CampaignScheduled(scheduled, NOW));
    }

    @Test
    void queue_due_queues_only_the_campaigns_whose_time_has_come() {
        Campaign inAnHour = scheduled(A, "In an hour", pune, NOW.plus(HOUR));
        Campaign inTwoHours = scheduled(A, "In two hours", pune, NOW.plus(HOUR.multipliedBy(2)));
        Campaign unscheduled = engine.drafted(A, "Whenever", pune);
        Campaign elsewhere = scheduled(B, "Elsewhere", engine.defined(B, "city = \"Goa\""), NOW.plus(HOUR));

        StepVerifier.create(engine.campaigns.queueDue()).verifyComplete();

        engine.clock.advance(HOUR);
        assertThat(engine.campaigns.queueDue().map(Campaign::id).collectList().block())
                .containsExactlyInAnyOrder(inAnHour.id(), elsewhere.id());
        assertThat(engine.campaigns.get(A, inTwoHours.id()).block().status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(engine.campaigns.get(A, unscheduled.id()).block().status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(engine.dispatches)
                .containsExactlyInAnyOrder(
                        new DispatchRequest(A, inAnHour.id()), new DispatchRequest(B, elsewhere.id()));

        engine.clock.advance(HOUR.multipliedBy(5));
        assertThat(engine.campaigns.queueDue().map(Campaign::id).collectList().block())
                .containsExactly(inTwoHours.id());
    }

    @Test
    void queue_due_judges_by_the_time_it_runs() {
        Campaign inAnHour = scheduled(A, "In an hour", pune, NOW.plus(HOUR));
        Flux<Campaign> due = engine.campaigns.queueDue();

        engine.clock.advance(HOUR);

        assertThat(due.map(Campaign::id).collectList().block()).containsExactly(inAnHour.id());
    }

    @Test
    void lists_campaigns_newest_first_optionally_by_status() {
        Campaign first = engine.drafted(A, "First", pune);
        engine.clock.advance(HOUR);
        Campaign second = engine.campaigns
                .queue(A, engine.drafted(A, "Second", pune).id())
                .block();
        engine.clock.advance(HOUR);
        Campaign third = engine.drafted(A, "Third", pune);

        assertThat(engine.campaigns
                        .list(A, Optional.empty(), Optional.empty(), PageRequest.FIRST)
                        .block()
                        .items())
                .containsExactly(third, second, first);
        assertThat(engine.campaigns
                        .list(A, Optional.of(CampaignStatus.DRAFT), Optional.empty(), PageRequest.FIRST)
                        .block()
                        .items())
                .containsExactly(third, first);
    }

    @Test
    void a_campaign_is_tagged_from_the_vocabulary_and_listed_by_its_tag() {
        Campaign festive = engine.drafted(A, "Diwali", pune);
        Campaign plain = engine.drafted(A, "Weekly", pune);
        engine.clock.advance(HOUR);

        Campaign tagged = engine.campaigns
                .retag(A, festive.id(), List.of("Festive", "monsoon"), List.of("monsoon"))
                .block();

        assertThat(tagged.tags()).containsExactly("festive", "monsoon");
        assertThat(tagged.updatedAt()).isEqualTo(NOW.plus(HOUR));
        assertThat(engine.campaigns
                        .list(A, Optional.empty(), Optional.of(" FESTIVE"), PageRequest.FIRST)
                        .block()
                        .items())
                .containsExactly(tagged);
        assertThat(engine.campaigns.get(A, plain.id()).block().tags()).isEmpty();
    }

    @Test
    void a_tag_outside_the_vocabulary_or_an_unknown_campaign_is_refused_and_nothing_changes() {
        Campaign draft = engine.drafted(A, "Diwali", pune);

        assertThat(refusal(engine.campaigns.retag(A, draft.id(), List.of("festive", "win-bak"), List.of())))
                .isInstanceOfSatisfying(
                        Problem.Invalid.class,
                        invalid -> assertThat(invalid.violations())
                                .extracting(Violation::path)
                                .containsExactly("tags[1]"));
        assertThat(refusal(engine.campaigns.retag(B, draft.id(), List.of("festive"), List.of())))
                .isInstanceOf(Problem.NotFound.class);
        assertThat(engine.campaigns.get(A, draft.id()).block().tags()).isEmpty();
    }

    @Test
    void proposes_messages_a_campaign_for_the_segment_can_send() {
        List<String> proposals = engine.campaigns
                .proposeMessages(A, "win back lapsed buyers", pune.id(), Channel.SMS, 3)
                .collectList()
                .block();

        assertThat(proposals).hasSize(3).doesNotHaveDuplicates();
        assertThat(proposals)
                .allSatisfy(body -> assertThat(engine.campaigns
                                .create(
                                        A,
                                        new NewCampaign(
                                                "Win back", pune.id(), Channel.SMS, Optional.empty(), body, Map.of()),
                                        "mira")
                                .block()
                                .status())
                        .isEqualTo(CampaignStatus.DRAFT));
    }

    @Test
    void proposes_messages_only_for_a_segment_of_the_workspace() {
        assertThat(refusal(engine.campaigns.proposeMessages(B, "win back", pune.id(), Channel.SMS, 3)))
                .isEqualTo(Problem.Invalid.of("segment", "no segment has the id 'id-001'"));
        assertThat(refusal(engine.campaigns.proposeMessages(A, "win back", new SegmentId("nope"), Channel.SMS, 3)))
                .isEqualTo(Problem.Invalid.of("segment", "no segment has the id 'nope'"));
    }

    @Test
    void refuses_to_propose_more_than_ten_messages() {
        assertThat(refusal(engine.campaigns.proposeMessages(A, "win back", pune.id(), Channel.SMS, 11)))
                .isEqualTo(Problem.Invalid.of("count", "ask for 1 to 10 proposals, not 11"));
    }

    private Campaign scheduled(WorkspaceId workspace, String name, Segment segment, Instant at) {
        return engine.campaigns
                .schedule(workspace, engine.drafted(workspace, name, segment).id(), at)
                .block();
    }

    @Test
    void previews_each_customers_message_without_saving_a_campaign() {
        var asha = engine.customer(A, "asha@example.com", Optional.of("Asha Rao"), Optional.of("Pune"));
        NewCampaign unnamed = new NewCampaign(
                "",
                pune.id(),
                Channel.EMAIL,
                Optional.of("For {{first_name}}"),
                "{{discount}}% off in {{city}}",
                Map.of("discount", "10"));

        var samples =
                engine.campaigns.previewMessages(A, unnamed, List.of(asha)).block();

        assertThat(samples).singleElement().satisfies(sample -> {
            assertThat(sample.subject()).contains("For Asha");
            assertThat(sample.body()).isEqualTo("10% off in Pune");
        });
        assertThat(engine.campaigns
                        .list(A, Optional.empty(), Optional.empty(), PageRequest.FIRST)
                        .block()
                        .total())
                .isZero();
    }

    @Test
    void a_preview_names_each_unknown_placeholder_as_creating_would() {
        NewCampaign request =
                new NewCampaign("Typo", pune.id(), Channel.SMS, Optional.empty(), "Hi {{frist_name}}", Map.of());

        assertThat(refusal(engine.campaigns.previewMessages(A, request, List.of())))
                .isInstanceOfSatisfying(
                        Problem.Invalid.class,
                        invalid -> assertThat(invalid.violations())
                                .extracting(Violation::path)
                                .containsExactly("body"));
    }

    @Test
    void offers_the_customer_fields_as_placeholders() {
        assertThat(engine.campaigns.placeholders(A).block())
                .startsWith("first_name", "name")
                .contains("city");
    }
}
