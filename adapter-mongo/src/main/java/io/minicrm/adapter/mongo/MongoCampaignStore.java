package io.minicrm.adapter.mongo;

import static io.minicrm.adapter.mongo.CampaignCodec.COUNTERS;
import static io.minicrm.adapter.mongo.CampaignCodec.CREATED_AT;
import static io.minicrm.adapter.mongo.CampaignCodec.ID;
import static io.minicrm.adapter.mongo.CampaignCodec.STATUS;
import static io.minicrm.adapter.mongo.CampaignCodec.TAGS;
import static io.minicrm.adapter.mongo.CampaignCodec.UPDATED_AT;
import static io.minicrm.adapter.mongo.CampaignCodec.WORKSPACE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps campaigns in MongoDB. A status change is an update filtered on the expected status (compare and set) that
 * leaves the counters alone; counts are {@code $inc} of the counters alone; neither reads before it writes.
 */
public final class MongoCampaignStore implements CampaignStore {

    private static final FindOneAndUpdateOptions AFTER =
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> campaigns;
    private final FieldCatalogue catalogue;

    MongoCampaignStore(MongoCollection<Document> campaigns, FieldCatalogue catalogue) {
        this.campaigns = campaigns;
        this.catalogue = catalogue;
    }

    @Override
    public Mono<Campaign> insert(Campaign campaign) {
        return Writes.refusingTakenKeys(
                        Mono.defer(() -> Mono.from(campaigns.insertOne(CampaignCodec.toDocument(campaign, catalogue)))),
                        "campaign " + campaign.id() + " already exists")
                .thenReturn(campaign);
    }

    @Override
    public Mono<Campaign> findById(WorkspaceId workspace, CampaignId id) {
        return Mono.from(campaigns.find(byId(workspace, id)).first()).map(CampaignCodec::toCampaign);
    }

    /** Completing also requires the stored counters to show nothing pending, as another node may have added some. */
    @Override
    public Mono<Campaign> transition(Campaign changed, CampaignStatus expected) {
        return Mono.defer(() -> {
                    Document expectedState = Bsons.byKey(
                                    changed.workspace().value(), changed.id().value())
                            .append(STATUS, expected.name());
                    if (changed.status() == CampaignStatus.COMPLETED) {
                        expectedState.append(COUNTERS + ".pending", 0L);
                    }
                    Document update = Bsons.rewriting(
                            CampaignCodec.toDocument(changed, catalogue), CampaignCodec.TRANSITION_KEYS);
                    return Mono.from(campaigns.findOneAndUpdate(expectedState, update, AFTER));
                })
                .map(CampaignCodec::toCampaign);
    }

    @Override
    public Mono<Campaign> count(WorkspaceId workspace, CampaignId id, CounterChange change) {
        Bson increments = Updates.combine(
                Updates.inc(COUNTERS + ".audience", change.audience()),
                Updates.inc(COUNTERS + ".pending", change.pending()),
                Updates.inc(COUNTERS + ".sent", change.sent()),
                Updates.inc(COUNTERS + ".delivered", change.delivered()),
                Updates.inc(COUNTERS + ".failed", change.failed()),
                Updates.inc(COUNTERS + ".skipped", change.skipped()),
                Updates.inc(COUNTERS + ".suppressed", change.suppressed()));
        return Mono.from(campaigns.findOneAndUpdate(Filters.and(byId(workspace, id), fits(change)), increments, AFTER))
                .map(CampaignCodec::toCampaign);
    }

    @Override
    public Mono<Campaign> recount(
            WorkspaceId workspace, CampaignId id, CampaignCounters seen, CampaignCounters recounted) {
        Bson stillSeen = Filters.and(CampaignCodec.toDocument(seen).entrySet().stream()
                .map(counter -> stillCounts(COUNTERS + "." + counter.getKey(), (Long) counter.getValue()))
                .toList());
        return Mono.from(campaigns.findOneAndUpdate(
                        Filters.and(byId(workspace, id), stillSeen),
                        Updates.set(COUNTERS, CampaignCodec.toDocument(recounted)),
                        AFTER))
                .map(CampaignCodec::toCampaign);
    }

    /** Matches a counter at the figure; a zero also matches one absent, as in documents older than that counter. */
    private static Bson stillCounts(String key, long figure) {
        return figure == 0 ? Filters.or(Filters.eq(key, 0L), Filters.exists(key, false)) : Filters.eq(key, figure);
    }

    /**
     * Matches counters that stay at zero or above once the change is added. Skipped and suppressed only ever grow, and
     * are absent from documents older than them, so they are not matched.
     */
    private static Bson fits(CounterChange change) {
        return Filters.and(
                Filters.gte(COUNTERS + ".audience", -change.audience()),
                Filters.gte(COUNTERS + ".pending", -change.pending()),
                Filters.gte(COUNTERS + ".sent", -change.sent()),
                Filters.gte(COUNTERS + ".delivered", -change.delivered()),
                Filters.gte(COUNTERS + ".failed", -change.failed()));
    }

    /** Sets the tags alone; the update time only moves forward, as a transition may have stored a later one. */
    @Override
    public Mono<Campaign> retag(Campaign changed) {
        Bson update = Updates.combine(
                Updates.set(TAGS, List.copyOf(changed.tags())),
                Updates.max(UPDATED_AT, Bsons.instant(changed.updatedAt())));
        return Mono.from(campaigns.findOneAndUpdate(byId(changed.workspace(), changed.id()), update, AFTER))
                .map(CampaignCodec::toCampaign);
    }

    @Override
    public Mono<Page<Campaign>> list(
            WorkspaceId workspace, Optional<CampaignStatus> status, Optional<String> tag, PageRequest page) {
        List<Bson> conditions = new ArrayList<>(List.of(inWorkspace(workspace)));
        status.ifPresent(wanted -> conditions.add(Filters.eq(STATUS, wanted.name())));
        // Equality with an array field matches a document whose array holds the value.
        tag.ifPresent(wanted -> conditions.add(Filters.eq(TAGS, wanted)));
        Bson filter = conditions.size() == 1 ? conditions.getFirst() : Filters.and(conditions);
        return Paging.page(campaigns, filter, Sorts.descending(CREATED_AT, ID), page, CampaignCodec::toCampaign);
    }

    @Override
    public Flux<Campaign> findByStatus(CampaignStatus status) {
        return Flux.from(campaigns.find(Filters.eq(STATUS, status.name())).batchSize(Paging.STREAM_BATCH))
                .map(CampaignCodec::toCampaign);
    }

    @Override
    public Mono<Map<CampaignStatus, Long>> countByStatus(WorkspaceId workspace) {
        return StatusCounts.of(campaigns, inWorkspace(workspace), STATUS, CampaignStatus.class);
    }

    private static Bson inWorkspace(WorkspaceId workspace) {
        return Filters.eq(WORKSPACE, workspace.value());
    }

    private static Document byId(WorkspaceId workspace, CampaignId id) {
        return Bsons.byKey(workspace.value(), id.value());
    }
}
