package io.minicrm.adapter.mongo;

import static io.minicrm.adapter.mongo.DeliveryCodec.ID;
import static io.minicrm.adapter.mongo.DeliveryCodec.STATUS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.delivery.Receipt;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The moves a batch of receipts makes, decided by the domain on the deliveries as read: one conditional update per
 * move, filtered on the status it moves from and marked with a token of its own, so that afterwards the stored
 * deliveries tell which moves this batch made and which another writer made first.
 */
record ReceiptPlan(List<Move> moves) {

    record Move(String token, DeliveryUpdated update, Receipt receipt) {

        UpdateOneModel<Document> write() {
            Delivery moved = update.delivery();
            List<Bson> changes = new ArrayList<>(List.of(
                    Updates.set(STATUS, moved.status().name()),
                    Updates.max(DeliveryCodec.UPDATED_AT, Bsons.instant(moved.updatedAt())),
                    Updates.push(DeliveryCodec.MOVES, token)));
            receipt.vendorId().ifPresent(vendor -> changes.add(Updates.set(DeliveryCodec.VENDOR_ID, vendor)));
            moved.failureReason().ifPresent(reason -> changes.add(Updates.set(DeliveryCodec.FAILURE, reason)));
            return new UpdateOneModel<>(
                    new Document(ID, moved.id().value())
                            .append(STATUS, update.from().name()),
                    Updates.combine(changes));
        }
    }

    static ReceiptPlan of(Map<DeliveryId, Delivery> stored, List<Receipt> receipts, Instant now) {
        Map<DeliveryId, Delivery> latest = new HashMap<>(stored);
        String batch = UUID.randomUUID().toString();
        List<Move> moves = new ArrayList<>();
        for (Receipt receipt : receipts) {
            Delivery current = latest.get(receipt.delivery());
            if (current != null) {
                current.advance(receipt, now).ifPresent(update -> {
                    moves.add(new Move(batch + ":" + moves.size(), update, receipt));
                    latest.put(current.id(), update.delivery());
                });
            }
        }
        return new ReceiptPlan(List.copyOf(moves));
    }

    boolean isEmpty() {
        return moves.isEmpty();
    }

    List<UpdateOneModel<Document>> writes() {
        return moves.stream().map(Move::write).toList();
    }

    List<String> tokens() {
        return moves.stream().map(Move::token).toList();
    }

    /**
     * The moves that took effect, in the order of the receipts; each shows the delivery as stored when the move is the
     * last it made, as planned otherwise.
     */
    List<DeliveryUpdated> applied(List<Document> marked) {
        Set<String> applied = new HashSet<>();
        Map<DeliveryId, Delivery> now = new HashMap<>();
        for (Document document : marked) {
            applied.addAll(document.getList(DeliveryCodec.MOVES, String.class));
            Delivery delivery = DeliveryCodec.toDelivery(document);
            now.put(delivery.id(), delivery);
        }
        return moves.stream()
                .filter(move -> applied.contains(move.token()))
                .map(move -> {
                    Delivery planned = move.update().delivery();
                    Delivery stored = now.get(planned.id());
                    return stored.status() == planned.status()
                            ? new DeliveryUpdated(
                                    stored, move.update().from(), move.update().occurredAt())
                            : move.update();
                })
                .toList();
    }
}
