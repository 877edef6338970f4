package io.minicrm.application.port.in;

import java.util.Objects;

import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.segment.SegmentId;

/** What message variants are for: the campaign's objective, its segment, its channel and how many (2 or 3). */
public record VariantBrief(String objective, SegmentId segment, Channel channel, int count) {

    public VariantBrief {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(channel, "channel");
    }
}
