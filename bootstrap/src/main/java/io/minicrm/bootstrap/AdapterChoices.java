package io.minicrm.bootstrap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Inject;

/**
 * The adapter chosen for each selector, read once at start-up; a start that names an adapter this build does not have
 * fails here, with every such selector and its valid choices.
 */
@Context
final class AdapterChoices {

    private final Map<AdapterChoice, String> chosen;

    @Inject
    AdapterChoices(Environment environment) {
        this((PropertyResolver) environment);
    }

    AdapterChoices(PropertyResolver properties) {
        Map<AdapterChoice, String> read = new EnumMap<>(AdapterChoice.class);
        List<String> refusals = new ArrayList<>();
        for (AdapterChoice selector : AdapterChoice.values()) {
            String configured = selector.configuredIn(properties);
            Optional<String> adapter = selector.parse(configured);
            adapter.ifPresentOrElse(name -> read.put(selector, name), () -> refusals.add(selector.refusal(configured)));
        }
        if (!refusals.isEmpty()) {
            throw new ConfigurationException(String.join("; ", refusals));
        }
        this.chosen = Map.copyOf(read);
    }

    /** Whether the selector names the adapter; asking about an adapter the selector never offers is a bug. */
    boolean is(AdapterChoice selector, String adapter) {
        if (!selector.offers(adapter)) {
            throw new IllegalArgumentException(selector.variable() + " has no adapter " + adapter);
        }
        return chosen.get(selector).equals(adapter);
    }
}
