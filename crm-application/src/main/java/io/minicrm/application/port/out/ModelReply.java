package io.minicrm.application.port.out;

import java.util.Objects;

/** A language model's answer as JSON text, or its refusal, each with the tokens it cost. */
public sealed interface ModelReply {

    TokenUsage usage();

    /** JSON text the model says matches the request's schema; nothing has checked it yet. */
    record Answered(String json, TokenUsage usage) implements ModelReply {
        public Answered {
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(usage, "usage");
        }
    }

    /** No answer: the provider blocked the prompt or the answer, stopped early, or could not be reached. */
    record Declined(String reason, TokenUsage usage) implements ModelReply {
        public Declined {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(usage, "usage");
        }
    }
}
