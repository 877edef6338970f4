package io.minicrm.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.minicrm.adapter.redis.RedisConnection;
import io.minicrm.adapter.redis.RedisSettings;
import jakarta.inject.Singleton;

/** Connects to the Redis that CRM_REDIS_URL names, when CRM_EVENTS or CRM_CACHE is redis; a start without it fails saying why. */
@Factory
class RedisFactory {

    @Singleton
    @Requires(condition = RedisChosen.class)
    @Bean(preDestroy = "close")
    RedisConnection redis(@Value("${crm.redis.url:}") String url) {
        if (url.isBlank()) {
            throw new ConfigurationException("CRM_REDIS_URL is required when CRM_EVENTS or CRM_CACHE is redis, "
                    + "e.g. redis://localhost:6379 or rediss://:password@host:port");
        }
        RedisSettings settings;
        try {
            settings = RedisSettings.parse(url);
        } catch (IllegalArgumentException wrong) {
            throw new ConfigurationException("CRM_REDIS_URL: " + wrong.getMessage());
        }
        try {
            return RedisConnection.open(settings);
        } catch (RuntimeException unreachable) {
            throw new ConfigurationException(
                    "CRM_REDIS_URL: Redis at " + settings + " does not answer: " + unreachable.getMessage(),
                    unreachable);
        }
    }
}
