package io.minicrm.adapter.kafka;

import java.util.List;
import java.util.Objects;

/** The names of the pipeline's topics: dispatch requests, delivery requests, receipts and dead letters. */
public record KafkaTopics(String dispatch, String delivery, String receipts, String deadLetters) {

    public static final KafkaTopics DEFAULT =
            new KafkaTopics("campaigns.dispatch", "campaigns.delivery", "campaigns.status", "campaigns.dead-letters");

    public KafkaTopics {
        for (String name : new String[] {dispatch, delivery, receipts, deadLetters}) {
            if (Objects.requireNonNull(name, "topic name").isBlank()) {
                throw new IllegalArgumentException("a topic name cannot be blank");
            }
        }
        if (List.of(dispatch, delivery, receipts, deadLetters).stream()
                        .distinct()
                        .count()
                < 4) {
            throw new IllegalArgumentException("the four topics need four different names, not " + this);
        }
    }
}
