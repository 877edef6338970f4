package io.minicrm.domain.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.TextLimits;
import io.minicrm.domain.template.MessageTemplate;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A message sent to a segment's customers over one channel, from draft to completion, with the rule its audience was
 * taken from fixed when it is queued.
 */
@AggregateRoot
public record Campaign(
        WorkspaceId workspace,
        @Identity CampaignId id,
        String name,
        SegmentId segment,
        Channel channel,
        Optional<MessageTemplate> subject,
        MessageTemplate body,
        Map<String, String> variables,
        Set<String> tags,
        Optional<Instant> scheduledAt,
        Optional<Rule> audienceRule,
        CampaignStatus status,
        CampaignCounters counters,
        Optional<String> failureReason,
        Optional<Instant> dispatchedAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    /** The most variables one campaign fills its messages with. */
    public static final int MAX_VARIABLES = 50;

    public static final String VARIABLES_RULE = "a campaign has at most " + MAX_VARIABLES + " variables";

    public Campaign {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(dispatchedAt, "dispatchedAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        name = Objects.requireNonNull(name, "name").strip();
        variables = Map.copyOf(variables);
        tags = CampaignTags.kept(tags);
        require(!name.isEmpty(), "a campaign needs a name");
        requireWithin(TextLimits.CAMPAIGN_NAME.check(name));
        require(variables.size() <= MAX_VARIABLES, VARIABLES_RULE);
        requireWithin(channel.messageLimit().check(body.text()));
        require(subject.isPresent() == channel.hasSubject(), "an e-mail has a subject and an SMS has none");
        require(hasRuleAsItShould(status, audienceRule), "the audience rule is fixed when queued, not before");
        require(failureReason.isPresent() == (status == CampaignStatus.FAILED), "a reason is kept exactly when FAILED");
        require(
                status != CampaignStatus.COMPLETED || counters.pending() == 0,
                "a completed campaign has nothing pending");
        require(
                hasDispatchTimeAsItShould(status, dispatchedAt),
                "a campaign finishes dispatching after it starts and before it completes");
        require(!updatedAt.isBefore(createdAt), "a campaign cannot be updated before it was created");
    }

    /** A new draft, if its name, templates and variables are all acceptable; otherwise every reason it is not. */
    public static Either<Problem, Campaign> draft(
            WorkspaceId workspace,
            CampaignId id,
            NewCampaign request,
            FieldCatalogue fields,
            String createdBy,
            Instant now) {
        return DraftCheck.templates(request, fields)
                .map(templates -> new Campaign(
                        workspace,
                        id,
                        request.name(),
                        request.segment(),
                        request.channel(),
                        templates.subject(),
                        templates.body(),
                        request.variables(),
                        Set.of(),
                        Optional.empty(),
                        Optional.empty(),
                        CampaignStatus.DRAFT,
                        CampaignCounters.NONE,
                        Optional.empty(),
                        Optional.empty(),
                        createdBy,
                        now,
                        now));
    }

    public Either<Problem, Campaign> schedule(Instant at, Instant now) {
        if (status != CampaignStatus.DRAFT) {
            return Either.left(
                    new Problem.Conflict("campaign " + id + " is " + status + "; only a DRAFT can be scheduled"));
        }
        if (!at.isAfter(now)) {
            return Either.left(
                    Problem.Invalid.of("scheduledAt", "a campaign is scheduled for later than now, not " + at));
        }
        Optional<String> beyond = DateLimits.check(at);
        if (beyond.isPresent()) {
            return Either.left(Problem.Invalid.of("scheduledAt", beyond.get()));
        }
        return Either.right(with(status, Optional.of(at), audienceRule, counters, failureReason, dispatchedAt, now));
    }

    /**
     * Files the campaign under the given tags instead of its present ones, if each is in the standard vocabulary or
     * the {@code extension}; a campaign is tagged whatever its status, as tags only sort the history.
     */
    public Either<Problem, Campaign> retag(List<String> chosen, List<String> extension, Instant now) {
        return CampaignTags.vocabulary(extension)
                .flatMap(vocabulary -> CampaignTags.chosen(chosen, vocabulary))
                .map(kept -> new Campaign(
                        workspace,
                        id,
                        name,
                        segment,
                        channel,
                        subject,
                        body,
                        variables,
                        kept,
                        scheduledAt,
                        audienceRule,
                        status,
                        counters,
                        failureReason,
                        dispatchedAt,
                        createdBy,
                        createdAt,
                        now.isAfter(updatedAt) ? now : updatedAt));
    }

    /** Queues the campaign for sending to whoever the given rule, taken from its segment now, matches. */
    public Either<Problem, Campaign> queue(Rule audience, Instant now) {
        return moveTo(CampaignStatus.QUEUED, Optional.of(audience), Optional.empty(), now);
    }

    public Either<Problem, Campaign> startDispatch(Instant now) {
        return moveTo(CampaignStatus.DISPATCHING, audienceRule, Optional.empty(), now);
    }

    /**
     * Records that every delivery of the audience has been created, so that the campaign may complete once none is
     * pending; finishing again keeps the first time.
     */
    public Either<Problem, Campaign> finishDispatch(Instant now) {
        if (status != CampaignStatus.DISPATCHING) {
            return Either.left(new Problem.Conflict(
                    "campaign " + id + " is " + status + "; only a DISPATCHING campaign finishes dispatching"));
        }
        return Either.right(
                dispatchedAt.isPresent()
                        ? this
                        : with(status, scheduledAt, audienceRule, counters, failureReason, Optional.of(now), now));
    }

    public Either<Problem, Campaign> cancel(Instant now) {
        return moveTo(CampaignStatus.CANCELLED, audienceRule, Optional.empty(), now);
    }

    public Either<Problem, Campaign> fail(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            return Either.left(Problem.Invalid.of("reason", "a failure needs a reason"));
        }
        return moveTo(CampaignStatus.FAILED, audienceRule, Optional.of(reason.strip()), now);
    }

    /**
     * Completes a dispatching campaign once all its deliveries are created and none of them is pending: while the
     * audience is still being turned into deliveries, none pending only means the next batch has not arrived.
     */
    public Either<Problem, Campaign> complete(Instant now) {
        if (status.canMoveTo(CampaignStatus.COMPLETED) && dispatchedAt.isEmpty()) {
            return Either.left(new Problem.Conflict("campaign " + id + " is still creating its deliveries"));
        }
        if (status.canMoveTo(CampaignStatus.COMPLETED) && counters.pending() > 0) {
            return Either.left(new Problem.Conflict(
                    "campaign " + id + " still has " + counters.pending() + " pending deliveries"));
        }
        return moveTo(CampaignStatus.COMPLETED, audienceRule, Optional.empty(), now);
    }

    /**
     * Counts deliveries just created. Counters record deliveries that already exist, whatever the campaign's status,
     * so they are never refused; an impossible count is a bug and throws.
     */
    public Campaign addAudience(long count, Instant now) {
        return with(status, scheduledAt, audienceRule, counters.audienceAdded(count), failureReason, dispatchedAt, now);
    }

    /** Counts one delivery's move, as {@link #addAudience} counts new ones. */
    public Campaign countMove(DeliveryStatus from, DeliveryStatus to, Instant now) {
        return with(status, scheduledAt, audienceRule, counters.moved(from, to), failureReason, dispatchedAt, now);
    }

    /** The message this campaign sends to one customer, dates written in the given zone. */
    public RenderedMessage messageFor(Customer customer, ZoneId zone) {
        return new RenderedMessage(
                subject.map(template -> template.render(customer, variables, zone)),
                body.render(customer, variables, zone));
    }

    private Either<Problem, Campaign> moveTo(
            CampaignStatus next, Optional<Rule> rule, Optional<String> reason, Instant now) {
        if (!status.canMoveTo(next)) {
            return Either.left(
                    new Problem.Conflict("campaign " + id + " is " + status + ", so it cannot become " + next));
        }
        return Either.right(with(next, scheduledAt, rule, counters, reason, dispatchedAt, now));
    }

    private Campaign with(
            CampaignStatus next,
            Optional<Instant> schedule,
            Optional<Rule> rule,
            CampaignCounters figures,
            Optional<String> reason,
            Optional<Instant> dispatched,
            Instant now) {
        return new Campaign(
                workspace,
                id,
                name,
                segment,
                channel,
                subject,
                body,
                variables,
                tags,
                schedule,
                rule,
                next,
                figures,
                reason,
                dispatched,
                createdBy,
                createdAt,
                now.isAfter(updatedAt) ? now : updatedAt);
    }

    private static boolean hasRuleAsItShould(CampaignStatus status, Optional<Rule> rule) {
        return switch (status) {
            case DRAFT -> rule.isEmpty();
            case QUEUED, DISPATCHING, COMPLETED -> rule.isPresent();
            case CANCELLED, FAILED -> true;
        };
    }

    private static boolean hasDispatchTimeAsItShould(CampaignStatus status, Optional<Instant> dispatchedAt) {
        return switch (status) {
            case DRAFT, QUEUED -> dispatchedAt.isEmpty();
            case DISPATCHING, CANCELLED, FAILED -> true;
            case COMPLETED -> dispatchedAt.isPresent();
        };
    }

    private static void requireWithin(Optional<String> beyondLimit) {
        beyondLimit.ifPresent(reason -> require(false, reason));
    }

    private static void require(boolean invariant, String message) {
        if (!invariant) {
            throw new IllegalArgumentException(message);
        }
    }
}
