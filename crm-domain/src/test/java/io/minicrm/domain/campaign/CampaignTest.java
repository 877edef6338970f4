package io.minicrm.domain.campaign;

import static io.minicrm.domain.campaign.CampaignStatus.CANCELLED;
import static io.minicrm.domain.campaign.CampaignStatus.COMPLETED;
import static io.minicrm.domain.campaign.CampaignStatus.DISPATCHING;
import static io.minicrm.domain.campaign.CampaignStatus.DRAFT;
import static io.minicrm.domain.campaign.CampaignStatus.FAILED;
import static io.minicrm.domain.campaign.CampaignStatus.QUEUED;
import static io.minicrm.domain.segment.Rule.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Operator;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.segment.Value;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CampaignTest {

    private static final Instant CREATED = Instant.parse("2026-11-24T06:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-24T07:00:00Z");
    private static final Rule BIG_SPENDERS = when("total_spend", Operator.GT, Value.number(5000));
    private static final FieldCatalogue FIELDS = FieldCatalogue.standard();

    private static NewCampaign email(String subject, String body) {
        return new NewCampaign(
                "Spring sale",
                new SegmentId("big-spenders"),
                Channel.EMAIL,
                Optional.ofNullable(subject),
                body,
                Map.of("discount", "20"));
    }

    private static Either<Problem, Campaign> draft(NewCampaign request) {
        return Campaign.draft(WorkspaceId.DEFAULT, new CampaignId("spring-sale"), request, FIELDS, "asha", CREATED);
    }

    private static Campaign draft() {
        return draft(email("{{discount}}% off for you, {{first_name|friend}}", "Hi {{first_name}}!"))
                .get();
    }

    /** A campaign in the given status; a DISPATCHING one has already created all its deliveries. */
    private static Campaign in(CampaignStatus status) {
        return in(status, status == DISPATCHING || status == COMPLETED ? Optional.of(CREATED) : Optional.empty());
    }

    private static Campaign in(CampaignStatus status, Optional<Instant> dispatchedAt) {
        Campaign draft = draft();
        return new Campaign(
                draft.workspace(),
                draft.id(),
                draft.name(),
                draft.segment(),
                draft.channel(),
                draft.subject(),
                draft.body(),
                draft.variables(),
                Set.of(),
                Optional.empty(),
                status == DRAFT ? Optional.empty() : Optional.of(BIG_SPENDERS),
                status,
                CampaignCounters.NONE,
                status == FAILED ? Optional.of("queue unreachable") : Optional.empty(),
                dispatchedAt,
                "asha",
                CREATED,
                CREATED);
    }

    /** A request that would move a campaign to the status it is named after. */
    enum Request {
        QUEUE(CampaignStatus.QUEUED, (campaign, now) -> campaign.queue(BIG_SPENDERS, now)),
        START_DISPATCH(CampaignStatus.DISPATCHING, Campaign::startDispatch),
        CANCEL(CampaignStatus.CANCELLED, Campaign::cancel),
        FAIL(CampaignStatus.FAILED, (campaign, now) -> campaign.fail("queue unreachable", now)),
        COMPLETE(CampaignStatus.COMPLETED, Campaign::complete);

        final CampaignStatus target;
        final BiFunction<Campaign, Instant, Either<Problem, Campaign>> request;

        Request(CampaignStatus target, BiFunction<Campaign, Instant, Either<Problem, Campaign>> request) {
            this.target = target;
            this.request = request;
        }
    }

    @Test
    void a_new_campaign_is_a_draft_with_nothing_counted() {
        Campaign draft = draft();

        assertThat(draft.status()).isEqualTo(DRAFT);
        assertThat(draft.counters()).isEqualTo(CampaignCounters.NONE);
        assertThat(draft.audienceRule()).isEmpty();
        assertThat(draft.subject().orElseThrow().text()).isEqualTo("{{discount}}% off for you, {{first_name|friend}}");
        assertThat(draft.createdAt()).isEqualTo(CREATED).isEqualTo(draft.updatedAt());
    }

    @Test
    void a_draft_is_refused_with_every_reason_at_once() {
        NewCampaign request = new NewCampaign(
                " ",
                new SegmentId("big-spenders"),
                Channel.EMAIL,
                Optional.of("  "),
                "Hi {{frist_name}}, {{discount",
                Map.of("discount", "20", "first_name", "x"));

        assertThat(((Problem.Invalid) draft(request).getLeft()).violations())
                .containsExactly(
                        new Violation("name", "a campaign needs a name"),
                        new Violation("subject", "an e-mail needs a subject"),
                        new Violation("body", "unknown placeholder 'frist_name' at line 1, column 4"),
                        new Violation("body", "unclosed '{{' at line 1, column 20"),
                        new Violation("variables.first_name", "'first_name' is a customer field; rename the variable"));
    }

    @Test
    void templates_are_checked_against_the_campaigns_own_variables() {
        NewCampaign request = new NewCampaign(
                "Flash",
                new SegmentId("all"),
                Channel.SMS,
                Optional.empty(),
                "{{code}} for {{discount}}% off",
                Map.of("discount", "20"));

        assertThat(draft(request).getLeft().message())
                .isEqualTo("body: unknown placeholder 'code' at line 1, column 1");
    }

    @Test
    void an_sms_has_no_subject_and_a_subject_is_one_line() {
        NewCampaign sms =
                new NewCampaign("Flash", new SegmentId("all"), Channel.SMS, Optional.of("Hello"), "Hi", Map.of());

        assertThat(draft(sms).getLeft().message()).isEqualTo("subject: an SMS has no subject");
        assertThat(draft(email("Hi\r\nBcc: all@example.com", "Hi")).getLeft().message())
                .isEqualTo("subject: a subject is a single line");
        assertThat(draft(email("Hi", " \n ")).getLeft().message()).isEqualTo("body: a campaign needs a message");
    }

    @Test
    void renders_the_message_for_each_customer() {
        Customer asha = Customer.register(
                WorkspaceId.DEFAULT,
                new CustomerId("c1"),
                new Email("asha@example.com"),
                new Profile(Optional.of("Asha Rao"), Optional.empty(), Optional.empty(), Set.of(), Map.of()),
                Currency.getInstance("INR"),
                CREATED);

        assertThat(draft().messageFor(asha, ZoneId.of("Asia/Kolkata")))
                .isEqualTo(new RenderedMessage(Optional.of("20% off for you, Asha"), "Hi Asha!"));
        assertThat(Channel.EMAIL.addressOf(asha)).contains("asha@example.com");
        assertThat(Channel.SMS.addressOf(asha)).isEmpty();
    }

    @Test
    void a_draft_is_scheduled_for_the_future_only() {
        Instant tomorrow = NOW.plusSeconds(86_400);

        assertThat(draft().schedule(tomorrow, NOW).get().scheduledAt()).contains(tomorrow);
        assertThat(draft().schedule(tomorrow, NOW).get().updatedAt()).isEqualTo(NOW);
        assertThat(draft().schedule(NOW, NOW).getLeft())
                .isEqualTo(Problem.Invalid.of(
                        "scheduledAt", "a campaign is scheduled for later than now, not 2026-11-24T07:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void only_a_draft_is_scheduled(CampaignStatus status) {
        assertThat(in(status).schedule(NOW.plusSeconds(60), NOW).getLeft())
                .isEqualTo(
                        new Problem.Conflict("campaign spring-sale is " + status + "; only a DRAFT can be scheduled"));
    }

    @ParameterizedTest(name = "{1} a {0} campaign: {2}")
    @CsvSource({
        "DRAFT, QUEUE, QUEUED",
        "DRAFT, START_DISPATCH, refused",
        "DRAFT, CANCEL, CANCELLED",
        "DRAFT, FAIL, refused",
        "DRAFT, COMPLETE, refused",
        "QUEUED, QUEUE, refused",
        "QUEUED, START_DISPATCH, DISPATCHING",
        "QUEUED, CANCEL, CANCELLED",
        "QUEUED, FAIL, FAILED",
        "QUEUED, COMPLETE, refused",
        "DISPATCHING, QUEUE, refused",
        "DISPATCHING, START_DISPATCH, refused",
        "DISPATCHING, CANCEL, CANCELLED",
        "DISPATCHING, FAIL, FAILED",
        "DISPATCHING, COMPLETE, COMPLETED",
        "COMPLETED, QUEUE, refused",
        "COMPLETED, START_DISPATCH, refused",
        "COMPLETED, CANCEL, refused",
        "COMPLETED, FAIL, refused",
        "COMPLETED, COMPLETE, refused",
        "CANCELLED, QUEUE, refused",
        "CANCELLED, START_DISPATCH, refused",
        "CANCELLED, CANCEL, refused",
        "CANCELLED, FAIL, refused",
        "CANCELLED, COMPLETE, refused",
        "FAILED, QUEUE, refused",
        "FAILED, START_DISPATCH, refused",
        "FAILED, CANCEL, refused",
        "FAILED, FAIL, refused",
        "FAILED, COMPLETE, refused"
    })
    void a_campaign_moves_only_along_its_status_machine(CampaignStatus from, Request request, String outcome) {
        Either<Problem, Campaign> result = request.request.apply(in(from), NOW);

        if (outcome.equals("refused")) {
            assertThat(result.getLeft())
                    .isEqualTo(new Problem.Conflict(
                            "campaign spring-sale is " + from + ", so it cannot become " + request.target));
        } else {
            assertThat(result.get().status()).isEqualTo(CampaignStatus.valueOf(outcome));
            assertThat(result.get().updatedAt()).isEqualTo(NOW);
        }
    }

    @Test
    void queuing_fixes_the_audience_rule_so_later_segment_edits_do_not_change_it() {
        Segment segment = new Segment(
                WorkspaceId.DEFAULT,
                new SegmentId("big-spenders"),
                "Big spenders",
                "",
                BIG_SPENDERS,
                "asha",
                CREATED,
                CREATED);
        Campaign queued = draft().queue(segment.rule(), NOW).get();

        Segment edited = segment.redefine("Big spenders", "", when("total_spend", Operator.GT, Value.number(100)), NOW);

        assertThat(edited.rule()).isNotEqualTo(BIG_SPENDERS);
        assertThat(queued.audienceRule()).contains(BIG_SPENDERS);
        assertThat(queued.startDispatch(NOW).get().audienceRule()).contains(BIG_SPENDERS);
    }

    @Test
    void a_campaign_is_not_complete_while_a_delivery_is_pending() {
        Campaign dispatching =
                in(DISPATCHING).addAudience(2, NOW).countMove(DeliveryStatus.PENDING, DeliveryStatus.SENT, NOW);

        assertThat(dispatching.complete(NOW).getLeft())
                .isEqualTo(new Problem.Conflict("campaign spring-sale still has 1 pending deliveries"));
        Campaign settled = dispatching.countMove(DeliveryStatus.PENDING, DeliveryStatus.FAILED, NOW);
        assertThat(settled.complete(NOW).get().counters()).isEqualTo(new CampaignCounters(2, 0, 1, 0, 1));
    }

    @Test
    void a_campaign_still_creating_its_deliveries_does_not_complete_though_none_is_pending() {
        Campaign started = in(QUEUED).startDispatch(NOW).get();

        assertThat(started.dispatchedAt()).isEmpty();
        assertThat(started.complete(NOW).getLeft())
                .isEqualTo(new Problem.Conflict("campaign spring-sale is still creating its deliveries"));
        Campaign dispatched = started.finishDispatch(NOW.plusSeconds(1)).get();
        assertThat(dispatched.status()).isEqualTo(DISPATCHING);
        assertThat(dispatched.complete(NOW.plusSeconds(2)).get().dispatchedAt()).contains(NOW.plusSeconds(1));
    }

    @Test
    void finishing_the_dispatch_again_keeps_the_first_time() {
        Campaign dispatched =
                in(DISPATCHING, Optional.empty()).finishDispatch(NOW).get();

        assertThat(dispatched.finishDispatch(NOW.plusSeconds(60)).get()).isSameAs(dispatched);
        assertThat(dispatched.dispatchedAt()).contains(NOW);
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = "DISPATCHING", mode = EnumSource.Mode.EXCLUDE)
    void only_a_dispatching_campaign_finishes_dispatching(CampaignStatus status) {
        assertThat(in(status).finishDispatch(NOW).getLeft())
                .isEqualTo(new Problem.Conflict(
                        "campaign spring-sale is " + status + "; only a DISPATCHING campaign finishes dispatching"));
    }

    @Test
    void a_campaign_finishes_dispatching_after_it_starts_and_before_it_completes() {
        assertThatThrownBy(() -> in(QUEUED, Optional.of(NOW)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a campaign finishes dispatching after it starts and before it completes");
        assertThatThrownBy(() -> in(COMPLETED, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThat(in(CANCELLED, Optional.of(NOW)).dispatchedAt()).contains(NOW);
    }

    @Test
    void counters_keep_counting_receipts_after_the_campaign_stopped() {
        Campaign cancelled = in(DISPATCHING)
                .addAudience(1, NOW)
                .countMove(DeliveryStatus.PENDING, DeliveryStatus.SENT, NOW)
                .cancel(NOW)
                .get();

        assertThat(cancelled
                        .countMove(DeliveryStatus.SENT, DeliveryStatus.DELIVERED, NOW.plusSeconds(5))
                        .counters())
                .isEqualTo(new CampaignCounters(1, 0, 0, 1, 0));
    }

    @Test
    void a_failure_keeps_its_reason() {
        assertThat(in(QUEUED).fail("  queue unreachable ", NOW).get().failureReason())
                .contains("queue unreachable");
        assertThat(in(QUEUED).fail(" ", NOW).getLeft())
                .isEqualTo(Problem.Invalid.of("reason", "a failure needs a reason"));
    }

    @Test
    void the_update_time_never_goes_back() {
        assertThat(in(QUEUED).cancel(CREATED.minusSeconds(60)).get().updatedAt())
                .isEqualTo(CREATED);
        assertThat(in(CANCELLED).status()).isEqualTo(CANCELLED);
    }

    @Test
    void a_campaign_is_filed_under_tags_of_the_vocabulary_in_any_status() {
        Campaign completed = in(COMPLETED);

        Campaign tagged =
                completed.retag(List.of(" Win-Back", "festive"), List.of(), NOW).get();

        assertThat(tagged.tags()).containsExactly("festive", "win-back");
        assertThat(tagged.status()).isEqualTo(COMPLETED);
        assertThat(tagged.updatedAt()).isEqualTo(NOW);
        assertThat(tagged.retag(List.of(), List.of(), NOW).get().tags()).isEmpty();
    }

    @Test
    void a_tag_outside_the_vocabulary_is_refused_unless_the_request_adds_it() {
        Either<Problem, Campaign> mistyped = draft().retag(List.of("festive", "win-bak"), List.of(), NOW);

        assertThat(((Problem.Invalid) mistyped.getLeft()).violations())
                .extracting(Violation::path)
                .containsExactly("tags[1]");
        assertThat(mistyped.getLeft().toString()).contains("'win-bak' is not in the vocabulary (announcement, ");
        assertThat(draft().retag(List.of("monsoon"), List.of("Monsoon "), NOW)
                        .get()
                        .tags())
                .containsExactly("monsoon");
    }

    @Test
    void a_vocabulary_too_large_or_a_campaign_with_too_many_tags_is_refused() {
        List<String> many = IntStream.range(0, CampaignTags.MAX_TAGS + 1)
                .mapToObj(index -> "tag-" + index)
                .toList();

        assertThat(draft().retag(many, many, NOW).getLeft().toString()).contains("at most 20 tags");
        assertThat(draft().retag(List.of(), List.of("x".repeat(51)), NOW)
                        .getLeft()
                        .toString())
                .contains("vocabulary");
        assertThat(draft().retag(List.of(), List.of("two\nlines"), NOW).isLeft())
                .isTrue();
    }
}
