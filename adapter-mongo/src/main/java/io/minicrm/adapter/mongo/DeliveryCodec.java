package io.minicrm.adapter.mongo;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;

/** Maps a delivery to its document and back; the delivery id, unique across workspaces, is the document id. */
final class DeliveryCodec {

    static final int VERSION = 1;
    static final String ID = "_id";
    static final String WORKSPACE = "ws";
    static final String CAMPAIGN = "campaign";
    static final String CUSTOMER = "customer";
    static final String STATUS = "status";
    static final String ATTEMPTS = "attempts";
    static final String VENDOR_ID = "vendorId";
    static final String FAILURE = "failure";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    /** The receipts that moved the delivery, by the token of the batch write that applied each (two at most). */
    static final String MOVES = "moves";

    private DeliveryCodec() {}

    static Document toDocument(Delivery delivery) {
        Document document = Bsons.versioned(VERSION)
                .append(ID, delivery.id().value())
                .append(WORKSPACE, delivery.workspace().value())
                .append(CAMPAIGN, delivery.campaign().value())
                .append(CUSTOMER, delivery.customer().value())
                .append("recipient", delivery.recipient());
        Bsons.putPresent(document, "subject", delivery.message().subject());
        document.append("body", delivery.message().body())
                .append(STATUS, delivery.status().name())
                .append(ATTEMPTS, delivery.attempts());
        Bsons.putPresent(document, VENDOR_ID, delivery.vendorId());
        Bsons.putPresent(document, FAILURE, delivery.failureReason());
        return document.append(CREATED_AT, Bsons.instant(delivery.createdAt()))
                .append(UPDATED_AT, Bsons.instant(delivery.updatedAt()));
    }

    static Delivery toDelivery(Document document) {
        return new Delivery(
                new WorkspaceId(document.getString(WORKSPACE)),
                new DeliveryId(document.getString(ID)),
                new CampaignId(document.getString(CAMPAIGN)),
                new CustomerId(document.getString(CUSTOMER)),
                document.getString("recipient"),
                new RenderedMessage(Bsons.text(document, "subject"), document.getString("body")),
                DeliveryStatus.valueOf(document.getString(STATUS)),
                document.getInteger(ATTEMPTS),
                Bsons.text(document, VENDOR_ID),
                Bsons.text(document, FAILURE),
                Bsons.instant(document.get(CREATED_AT)),
                Bsons.instant(document.get(UPDATED_AT)));
    }
}
