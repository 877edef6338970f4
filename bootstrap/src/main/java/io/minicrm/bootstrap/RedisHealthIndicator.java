package io.minicrm.bootstrap;

import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.minicrm.adapter.redis.RedisConnection;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reports on {@code /health} whether Redis answers, and where it is (never its password). Redis down makes the node
 * DOWN for load balancers, though requests still succeed without it: events are lost and figures are computed afresh.
 */
@Singleton
@Requires(condition = RedisChosen.class)
class RedisHealthIndicator implements HealthIndicator {

    private final RedisConnection redis;

    RedisHealthIndicator(RedisConnection redis) {
        this.redis = redis;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(
                        () -> HealthResult.builder("redis", redis.answers() ? HealthStatus.UP : HealthStatus.DOWN)
                                .details(Map.of("address", redis.settings().toString()))
                                .build())
                .subscribeOn(Schedulers.boundedElastic());
    }
}
