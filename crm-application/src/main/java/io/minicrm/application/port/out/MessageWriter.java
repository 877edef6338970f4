package io.minicrm.application.port.out;

import java.util.List;
import java.util.Objects;

import io.minicrm.domain.campaign.Channel;
import reactor.core.publisher.Flux;

/** Proposes message templates for a campaign's goal and audience, using the placeholders templates understand. */
public interface MessageWriter {

    Flux<String> propose(Brief brief);

    /** What the campaign should achieve, for whom (the segment's name and rule text) and through which channel. */
    record Brief(
            String goal, String audienceName, String audienceRule, Channel channel, List<String> variables, int count) {

        public static final int MAX_PROPOSALS = 10;

        public Brief {
            Objects.requireNonNull(goal, "goal");
            Objects.requireNonNull(channel, "channel");
            variables = List.copyOf(variables);
            if (count < 1 || count > MAX_PROPOSALS) {
                throw new IllegalArgumentException("ask for 1 to 10 proposals, not " + count);
            }
        }
    }
}
