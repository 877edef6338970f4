package io.minicrm.domain.campaign;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/** Identifies a campaign within its workspace. */
@ValueObject
public record CampaignId(String value) {

    public CampaignId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a campaign id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
