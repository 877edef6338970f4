package io.minicrm.bootstrap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.micronaut.core.value.PropertyResolver;

/**
 * The service's adapter selectors, each with the variable that sets it, where configuration keeps it and the adapters
 * this build has for it (the first is the default). Every reading of a selector goes through {@link #parse}, which
 * ignores letter case and surrounding spaces.
 */
enum AdapterChoice {
    STORAGE("CRM_STORAGE", "crm.storage", "memory", "embedded", "mongo"),
    EVENTS("CRM_EVENTS", "crm.events", "memory", "redis"),
    CACHE("CRM_CACHE", "crm.cache", "memory", "redis"),
    QUEUE("CRM_QUEUE", "crm.queue", "memory", "kafka"),
    CHANNEL("CRM_CHANNEL", "crm.channel", "simulated", "smtp", "vendor"),
    /** {@code template}, the name of the offline writer before the assistant, still means {@code offline}. */
    AI("CRM_AI", "crm.ai", "offline", "gemini", "template");

    private final String variable;
    private final String property;
    private final List<String> adapters;

    AdapterChoice(String variable, String property, String... adapters) {
        this.variable = variable;
        this.property = property;
        this.adapters = List.of(adapters);
    }

    /** The adapter a configured value names, or empty when this build has no such adapter for the selector. */
    Optional<String> parse(String configured) {
        String name = configured.strip().toLowerCase(Locale.ROOT);
        return adapters.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /** The configured value as written, or the default when the property is not set at all. */
    String configuredIn(PropertyResolver properties) {
        return properties.getProperty(property, String.class).orElse(adapters.getFirst());
    }

    /** The adapter configuration names, or empty when it names one this build does not have. */
    Optional<String> readFrom(PropertyResolver properties) {
        return parse(configuredIn(properties));
    }

    /** Why a configured value cannot be used, naming the variable and the valid choices. */
    String refusal(String configured) {
        String choices = String.join(", ", adapters.stream().sorted().toList());
        return configured.isBlank()
                ? variable + " is empty; choose one of " + choices
                : variable + "=" + configured.strip() + " is not available; choose one of " + choices;
    }

    boolean offers(String adapter) {
        return adapters.contains(adapter);
    }

    String variable() {
        return variable;
    }
}
