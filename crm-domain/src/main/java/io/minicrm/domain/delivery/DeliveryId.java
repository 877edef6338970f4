package io.minicrm.domain.delivery;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;

/** Identifies a delivery by its campaign and recipient, so the same pair always yields the same delivery. */
@ValueObject
public record DeliveryId(String value) {

    public DeliveryId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a delivery id cannot be blank");
        }
    }

    /** {@code <campaign>:<customer>}; '%' and ':' inside either id are escaped so that no two pairs share an id. */
    public static DeliveryId of(CampaignId campaign, CustomerId customer) {
        return new DeliveryId(escape(campaign.value()) + ":" + escape(customer.value()));
    }

    private static String escape(String id) {
        return id.replace("%", "%25").replace(":", "%3A");
    }

    @Override
    public String toString() {
        return value;
    }
}
