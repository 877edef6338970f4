package io.minicrm.domain.delivery;

import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import org.jmolecules.ddd.annotation.ValueObject;

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

    /**
     * Whether this is the id {@link #of} gives for the pair, read in place: a delivery checks it on every change of
     * state, a million times in a campaign, and building the id to compare would allocate each time.
     */
    public boolean isOf(CampaignId campaign, CustomerId customer) {
        int separator = escapedAt(value, 0, campaign.value());
        return separator >= 0
                && separator < value.length()
                && value.charAt(separator) == ':'
                && escapedAt(value, separator + 1, customer.value()) == value.length();
    }

    /**
     * The campaign of an id that {@link #of} gave, read back from it; empty for any other id. Lets work that names only
     * a delivery be filed under its campaign when the delivery itself cannot be read.
     */
    public Optional<CampaignId> campaign() {
        int separator = value.indexOf(':');
        // Escaped, every '%' begins "%25" or "%3A", so the two replacements cannot overlap.
        String campaign = separator < 0
                ? ""
                : value.substring(0, separator).replace("%3A", ":").replace("%25", "%");
        return !campaign.isBlank() && value.startsWith(escape(campaign) + ":")
                ? Optional.of(new CampaignId(campaign))
                : Optional.empty();
    }

    private static String escape(String id) {
        return id.replace("%", "%25").replace(":", "%3A");
    }

    /** Where {@code part}, escaped, ends if {@code id} holds it from {@code from} on; -1 if it does not. */
    private static int escapedAt(String id, int from, String part) {
        int at = from;
        for (int index = 0; index < part.length(); index++) {
            char next = part.charAt(index);
            String written = next == '%' ? "%25" : next == ':' ? "%3A" : null;
            if (written == null) {
                if (at >= id.length() || id.charAt(at) != next) {
                    return -1;
                }
                at++;
            } else {
                if (!id.startsWith(written, at)) {
                    return -1;
                }
                at += written.length();
            }
        }
        return at;
    }

    @Override
    public String toString() {
        return value;
    }
}
