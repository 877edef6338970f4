package io.minicrm.adapter.mongo;

import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.suppression.SuppressionReason;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;

/** Maps a suppression to its document and back; workspace, channel and address are its key. */
final class SuppressionCodec {

    static final int VERSION = 1;
    static final String WORKSPACE = "ws";
    static final String CHANNEL = "channel";
    static final String ADDRESS = "address";
    static final String SINCE = "since";

    private SuppressionCodec() {}

    static Document key(WorkspaceId workspace, Channel channel, String address) {
        return new Document(WORKSPACE, workspace.value())
                .append(CHANNEL, channel.name())
                .append(ADDRESS, address.strip());
    }

    static Document toDocument(Suppression suppression) {
        Document document = Bsons.versioned(VERSION)
                .append(WORKSPACE, suppression.workspace().value())
                .append(CHANNEL, suppression.channel().name())
                .append(ADDRESS, suppression.address())
                .append("reason", suppression.reason().name());
        Bsons.putPresent(document, "detail", suppression.detail());
        return document.append(SINCE, Bsons.instant(suppression.since()));
    }

    static Suppression toSuppression(Document document) {
        return new Suppression(
                new WorkspaceId(document.getString(WORKSPACE)),
                Channel.valueOf(document.getString(CHANNEL)),
                document.getString(ADDRESS),
                SuppressionReason.valueOf(document.getString("reason")),
                Bsons.text(document, "detail"),
                Bsons.instant(document.get(SINCE)));
    }
}
