package io.minicrm.bootstrap;

import java.util.Locale;
import java.util.stream.Stream;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.value.PropertyResolver;

/** Holds when CRM_EVENTS or CRM_CACHE names redis, so that Redis is connected to only when something uses it. */
final class RedisChosen implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        PropertyResolver properties = (PropertyResolver) context.getBeanContext();
        return Stream.of("crm.events", "crm.cache")
                .map(key -> properties.getProperty(key, String.class).orElse("memory").strip().toLowerCase(Locale.ROOT))
                .anyMatch("redis"::equals);
    }
}
