package io.minicrm.application.port.in;

import java.util.List;
import java.util.Objects;

/**
 * Message templates proposed for a campaign, each accepted by the template parser and within the channel's length
 * limit, with the placeholders that were removed because no customer field or variable has their name.
 */
public record MessageVariants(List<String> variants, List<String> removedPlaceholders, String source) {

    public MessageVariants {
        variants = List.copyOf(variants);
        removedPlaceholders = List.copyOf(removedPlaceholders);
        Objects.requireNonNull(source, "source");
    }
}
