package io.minicrm.adapter.embedded;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;

/** A delivery with its rendered message; its id is the key it is kept under, so it is not written twice. */
final class DeliveryCodec implements Codec<Delivery> {

    private static final int VERSION = 1;

    @Override
    public byte[] encode(Delivery delivery) {
        return new Output()
                .number(VERSION)
                .text(delivery.workspace().value())
                .text(delivery.campaign().value())
                .text(delivery.customer().value())
                .text(delivery.recipient())
                .optionalText(delivery.message().subject())
                .text(delivery.message().body())
                .text(delivery.status().name())
                .number(delivery.attempts())
                .optionalText(delivery.vendorId())
                .optionalText(delivery.failureReason())
                .instant(delivery.createdAt())
                .instant(delivery.updatedAt())
                .bytes();
    }

    @Override
    public Delivery decode(byte[] bytes) {
        Input input = Codec.versioned(bytes, VERSION, "delivery");
        WorkspaceId workspace = new WorkspaceId(input.text());
        CampaignId campaign = new CampaignId(input.text());
        CustomerId customer = new CustomerId(input.text());
        return new Delivery(
                workspace,
                DeliveryId.of(campaign, customer),
                campaign,
                customer,
                input.text(),
                new RenderedMessage(input.optionalText(), input.text()),
                DeliveryStatus.valueOf(input.text()),
                input.count(),
                input.optionalText(),
                input.optionalText(),
                input.instant(),
                input.instant());
    }
}
