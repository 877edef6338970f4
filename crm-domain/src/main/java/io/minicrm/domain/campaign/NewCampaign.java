package io.minicrm.domain.campaign;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.segment.SegmentId;
import org.jmolecules.ddd.annotation.ValueObject;

/** What a user asks for when writing a campaign, before it is checked; blank text counts as absent. */
@ValueObject
public record NewCampaign(
        String name,
        SegmentId segment,
        Channel channel,
        Optional<String> subject,
        String body,
        Map<String, String> variables) {

    public NewCampaign {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(channel, "channel");
        name = name == null ? "" : name.strip();
        subject = subject.map(String::strip).filter(text -> !text.isEmpty());
        body = body == null ? "" : body;
        variables = Map.copyOf(variables);
    }
}
