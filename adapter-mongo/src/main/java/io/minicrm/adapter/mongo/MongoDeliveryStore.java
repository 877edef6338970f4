package io.minicrm.adapter.mongo;

import static io.minicrm.adapter.mongo.DeliveryCodec.ATTEMPTS;
import static io.minicrm.adapter.mongo.DeliveryCodec.CAMPAIGN;
import static io.minicrm.adapter.mongo.DeliveryCodec.CREATED_AT;
import static io.minicrm.adapter.mongo.DeliveryCodec.CUSTOMER;
import static io.minicrm.adapter.mongo.DeliveryCodec.ID;
import static io.minicrm.adapter.mongo.DeliveryCodec.STATUS;
import static io.minicrm.adapter.mongo.DeliveryCodec.UPDATED_AT;
import static io.minicrm.adapter.mongo.DeliveryCodec.WORKSPACE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the communication log in MongoDB. New deliveries go in as one unordered bulk insert that skips those already
 * there; receipts are applied as one bulk write per batch whose every update is filtered on the status it moves from,
 * so that a late or repeated receipt, or one another node applied first, changes nothing.
 */
public final class MongoDeliveryStore implements DeliveryStore {

    private static final FindOneAndUpdateOptions AFTER =
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
    private static final List<Function<Delivery, Object>> KEYS = List.of(Delivery::id);

    private final MongoCollection<Document> deliveries;

    MongoDeliveryStore(MongoCollection<Document> deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public Flux<Delivery> insertNew(List<Delivery> batch) {
        return Flux.defer(
                () -> Writes.insertNew(deliveries, Writes.firstOfEachKey(batch, KEYS), DeliveryCodec::toDocument));
    }

    @Override
    public Mono<Delivery> findById(DeliveryId id) {
        return Mono.from(deliveries.find(Filters.eq(ID, id.value())).first()).map(DeliveryCodec::toDelivery);
    }

    @Override
    public Mono<Delivery> attempt(DeliveryId id, Instant now) {
        return Mono.from(deliveries.findOneAndUpdate(
                        new Document(ID, id.value()).append(STATUS, DeliveryStatus.PENDING.name()),
                        Updates.combine(Updates.inc(ATTEMPTS, 1), Updates.max(UPDATED_AT, Bsons.instant(now))),
                        AFTER))
                .map(DeliveryCodec::toDelivery);
    }

    /**
     * Plans every move on the deliveries as stored (a batch may move one delivery twice), writes the plan in one ordered
     * bulk write, then reads back which moves took effect: each applied update leaves its token on its delivery.
     */
    @Override
    public Flux<DeliveryUpdated> applyReceipts(List<Receipt> receipts, Instant now) {
        if (receipts.isEmpty()) {
            return Flux.empty();
        }
        List<String> ids = receipts.stream()
                .map(receipt -> receipt.delivery().value())
                .distinct()
                .toList();
        return Flux.from(deliveries.find(Filters.in(ID, ids)))
                .map(DeliveryCodec::toDelivery)
                .collectMap(Delivery::id)
                .map(stored -> ReceiptPlan.of(stored, receipts, now))
                .flatMapMany(plan -> plan.isEmpty()
                        ? Flux.empty()
                        : Mono.from(deliveries.bulkWrite(plan.writes()))
                                .thenMany(Flux.from(deliveries.find(Filters.in(DeliveryCodec.MOVES, plan.tokens()))))
                                .collectList()
                                .flatMapIterable(plan::applied));
    }

    @Override
    public Mono<Page<Delivery>> list(
            WorkspaceId workspace, CampaignId campaign, Optional<DeliveryStatus> status, PageRequest page) {
        return Paging.page(
                deliveries,
                ofCampaign(workspace, campaign, status),
                Sorts.ascending(ID),
                page,
                DeliveryCodec::toDelivery);
    }

    @Override
    public Mono<Page<Delivery>> listForCustomer(WorkspaceId workspace, CustomerId customer, PageRequest page) {
        return Paging.page(
                deliveries,
                Filters.and(Filters.eq(WORKSPACE, workspace.value()), Filters.eq(CUSTOMER, customer.value())),
                Sorts.descending(CREATED_AT, ID),
                page,
                DeliveryCodec::toDelivery);
    }

    @Override
    public Flux<Delivery> findByStatus(WorkspaceId workspace, CampaignId campaign, DeliveryStatus status) {
        return Flux.from(deliveries
                        .find(ofCampaign(workspace, campaign, Optional.of(status)))
                        .sort(Sorts.ascending(ID))
                        .batchSize(Paging.STREAM_BATCH))
                .map(DeliveryCodec::toDelivery);
    }

    @Override
    public Mono<Map<DeliveryStatus, Long>> countByStatus(WorkspaceId workspace) {
        return StatusCounts.of(deliveries, Filters.eq(WORKSPACE, workspace.value()), STATUS, DeliveryStatus.class);
    }

    @Override
    public Mono<Map<DeliveryStatus, Long>> countByStatus(WorkspaceId workspace, CampaignId campaign) {
        return StatusCounts.of(
                deliveries, ofCampaign(workspace, campaign, Optional.empty()), STATUS, DeliveryStatus.class);
    }

    private static Bson ofCampaign(WorkspaceId workspace, CampaignId campaign, Optional<DeliveryStatus> status) {
        List<Bson> filters = new ArrayList<>(
                List.of(Filters.eq(WORKSPACE, workspace.value()), Filters.eq(CAMPAIGN, campaign.value())));
        status.ifPresent(wanted -> filters.add(Filters.eq(STATUS, wanted.name())));
        return Filters.and(filters);
    }
}
