package io.minicrm.application.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import io.minicrm.application.CrmException;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.in.MessageSample;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.out.MessageWriter;
import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCancelled;
import io.minicrm.domain.campaign.CampaignCreated;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignQueued;
import io.minicrm.domain.campaign.CampaignScheduled;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.CampaignTags;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.TextLimits;
import io.minicrm.domain.template.PlaceholderCatalogue;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/** Creates campaigns and moves them through their life, telling listeners of each step; the pipeline does the sending. */
public final class CampaignService implements Campaigns {

    private static final Logger LOG = Loggers.getLogger(CampaignService.class);

    private static final CampaignId PREVIEW = new CampaignId("preview");

    private final CampaignStore campaigns;
    private final SegmentStore segments;
    private final DispatchQueue queue;
    private final MessageWriter writer;
    private final EventPublisher events;
    private final CrmSettings settings;
    private final CampaignCompletion completion;

    public CampaignService(
            CampaignStore campaigns,
            SegmentStore segments,
            DispatchQueue queue,
            MessageWriter writer,
            EventPublisher events,
            CrmSettings settings,
            CampaignCompletion completion) {
        this.campaigns = campaigns;
        this.segments = segments;
        this.queue = queue;
        this.writer = writer;
        this.events = events;
        this.settings = settings;
        this.completion = completion;
    }

    @Override
    public Mono<Campaign> create(WorkspaceId workspace, NewCampaign campaign, String createdBy) {
        return Mono.defer(
                () -> draft(workspace, campaign, createdBy, settings.clock().instant()));
    }

    private Mono<Campaign> draft(WorkspaceId workspace, NewCampaign campaign, String createdBy, Instant now) {
        return segments.findById(workspace, campaign.segment())
                .switchIfEmpty(CrmException.refuse(
                        Problem.Invalid.of("segment", "no segment has the id '" + campaign.segment() + "'")))
                .flatMap(segment -> CrmException.orRefuse(Campaign.draft(
                        workspace,
                        new CampaignId(settings.ids().next()),
                        campaign,
                        settings.catalogue(),
                        createdBy == null ? "" : createdBy,
                        now)))
                .flatMap(campaigns::insert)
                .flatMap(stored ->
                        events.publish(new CampaignCreated(stored, now)).thenReturn(stored));
    }

    @Override
    public Mono<Campaign> schedule(WorkspaceId workspace, CampaignId id, Instant at) {
        return change(workspace, id, (campaign, now) -> campaign.schedule(at, now), CampaignScheduled::new);
    }

    @Override
    public Mono<Campaign> queue(WorkspaceId workspace, CampaignId id) {
        return Mono.defer(() -> queue(workspace, id, settings.clock().instant()));
    }

    private Mono<Campaign> queue(WorkspaceId workspace, CampaignId id, Instant now) {
        return existing(workspace, id)
                .flatMap(campaign -> segments.findById(workspace, campaign.segment())
                        .switchIfEmpty(CrmException.refuse(
                                new Problem.Conflict("the segment of campaign " + id + " was deleted")))
                        .flatMap(segment -> moved(campaign, campaign.queue(segment.rule(), now))))
                .flatMap(queued -> events.publish(new CampaignQueued(queued, now))
                        // Should the queue be unreachable, the campaign stays QUEUED and the pipeline requests it on
                        // start.
                        .then(queue.requestDispatch(new DispatchRequest(workspace, id))
                                .onErrorResume(unreachable -> Mono.fromRunnable(() -> LOG.warn("Campaign " + id + " in "
                                        + workspace + " is queued, but its dispatch could not be " + "requested ("
                                        + unreachable + "); the pipeline requests it once it stays queued too long"))))
                        .thenReturn(queued));
    }

    @Override
    public Mono<Campaign> cancel(WorkspaceId workspace, CampaignId id) {
        return change(workspace, id, Campaign::cancel, CampaignCancelled::new);
    }

    @Override
    public Mono<Campaign> get(WorkspaceId workspace, CampaignId id) {
        return campaigns.findById(workspace, id);
    }

    @Override
    public Mono<Campaign> completion(WorkspaceId workspace, CampaignId id) {
        return completion.of(workspace, id);
    }

    @Override
    public Mono<Page<Campaign>> list(
            WorkspaceId workspace, Optional<CampaignStatus> status, Optional<String> tag, PageRequest page) {
        return campaigns.list(workspace, status, tag.map(CampaignTags::normalised), page);
    }

    @Override
    public Mono<Campaign> retag(WorkspaceId workspace, CampaignId id, List<String> tags, List<String> vocabulary) {
        return Mono.defer(() -> existing(workspace, id)
                .flatMap(campaign -> CrmException.orRefuse(
                        campaign.retag(tags, vocabulary, settings.clock().instant())))
                .flatMap(campaigns::retag));
    }

    @Override
    public Flux<Campaign> queueDue() {
        return Flux.defer(() -> {
            Instant now = settings.clock().instant();
            return campaigns
                    .findByStatus(CampaignStatus.DRAFT)
                    .filter(campaign -> campaign.scheduledAt()
                            .filter(at -> !at.isAfter(now))
                            .isPresent())
                    .concatMap(campaign -> queue(campaign.workspace(), campaign.id(), now)
                            // Another node may have queued or cancelled it meanwhile: that is not this node's error.
                            .onErrorResume(CrmException.class, refused -> Mono.empty()));
        });
    }

    @Override
    public Mono<List<String>> placeholders(WorkspaceId workspace) {
        return Mono.fromSupplier(() -> new PlaceholderCatalogue(settings.catalogue(), Set.of()).customerPlaceholders());
    }

    @Override
    public Mono<List<MessageSample>> previewMessages(
            WorkspaceId workspace, NewCampaign campaign, List<Customer> recipients) {
        return Mono.defer(() -> {
            // Only the messages are previewed: a campaign still unnamed shows them all the same.
            NewCampaign named = campaign.name().isEmpty()
                    ? new NewCampaign(
                            PREVIEW.value(),
                            campaign.segment(),
                            campaign.channel(),
                            campaign.subject(),
                            campaign.body(),
                            campaign.variables())
                    : campaign;
            Instant now = settings.clock().instant();
            return CrmException.orRefuse(Campaign.draft(workspace, PREVIEW, named, settings.catalogue(), "", now))
                    .map(draft -> recipients.stream()
                            .map(customer -> {
                                RenderedMessage message = draft.messageFor(
                                        customer, settings.clock().getZone());
                                return new MessageSample(customer, message.subject(), message.body());
                            })
                            .toList());
        });
    }

    @Override
    public Flux<String> proposeMessages(
            WorkspaceId workspace, String goal, SegmentId segment, Channel channel, int count) {
        if (goal == null || goal.isBlank()) {
            return CrmException.<String>refuse(Problem.Invalid.of("goal", "say what the campaign should achieve"))
                    .flux();
        }
        Optional<String> beyond = TextLimits.GOAL.check(goal.strip());
        if (beyond.isPresent()) {
            return CrmException.<String>refuse(Problem.Invalid.of("goal", beyond.get()))
                    .flux();
        }
        if (count < 1 || count > MessageWriter.Brief.MAX_PROPOSALS) {
            return CrmException.<String>refuse(Problem.Invalid.of(
                            "count", "ask for 1 to " + MessageWriter.Brief.MAX_PROPOSALS + " proposals, not " + count))
                    .flux();
        }
        return segments.findById(workspace, segment)
                .switchIfEmpty(
                        CrmException.refuse(Problem.Invalid.of("segment", "no segment has the id '" + segment + "'")))
                .flatMapMany(found -> writer.propose(new MessageWriter.Brief(
                        goal, found.name(), RulePrinter.print(found.rule()), channel, List.of(), count)));
    }

    /** Makes the change if the campaign allows it, then tells listeners of it. */
    private Mono<Campaign> change(
            WorkspaceId workspace,
            CampaignId id,
            BiFunction<Campaign, Instant, Either<Problem, Campaign>> change,
            BiFunction<Campaign, Instant, CrmEvent> told) {
        return Mono.defer(() -> {
            Instant now = settings.clock().instant();
            return existing(workspace, id)
                    .flatMap(campaign -> moved(campaign, change.apply(campaign, now)))
                    .flatMap(changed -> events.publish(told.apply(changed, now)).thenReturn(changed));
        });
    }

    private Mono<Campaign> existing(WorkspaceId workspace, CampaignId id) {
        return campaigns.findById(workspace, id).switchIfEmpty(CrmException.notFound("campaign", id));
    }

    /** Stores a status change only if nobody moved the campaign since it was read. */
    private Mono<Campaign> moved(Campaign before, Either<Problem, Campaign> after) {
        return CrmException.orRefuse(after)
                .flatMap(changed -> campaigns
                        .transition(changed, before.status())
                        .switchIfEmpty(CrmException.refuse(new Problem.Conflict(
                                "campaign " + before.id() + " changed meanwhile; read it again and retry"))));
    }
}
