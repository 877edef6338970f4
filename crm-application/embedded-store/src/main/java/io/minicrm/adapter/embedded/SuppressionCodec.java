package io.minicrm.adapter.embedded;

import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.suppression.SuppressionReason;
import io.minicrm.domain.workspace.WorkspaceId;

/** An entry of a workspace's suppression list. */
final class SuppressionCodec implements Codec<Suppression> {

    private static final int VERSION = 1;

    /** One entry per workspace, channel and address, as the list keeps them. */
    static String key(Suppression suppression) {
        return key(suppression.workspace(), suppression.channel(), suppression.address());
    }

    static String key(WorkspaceId workspace, Channel channel, String address) {
        return Table.key(workspace, channel.name() + ":" + address);
    }

    @Override
    public byte[] encode(Suppression suppression) {
        return new Output()
                .number(VERSION)
                .text(suppression.workspace().value())
                .text(suppression.channel().name())
                .text(suppression.address())
                .text(suppression.reason().name())
                .optionalText(suppression.detail())
                .instant(suppression.since())
                .bytes();
    }

    @Override
    public Suppression decode(byte[] bytes) {
        Input input = Codec.versioned(bytes, VERSION, "suppression");
        return new Suppression(
                new WorkspaceId(input.text()),
                Channel.valueOf(input.text()),
                input.text(),
                SuppressionReason.valueOf(input.text()),
                input.optionalText(),
                input.instant());
    }
}
