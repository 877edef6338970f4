package io.minicrm.bootstrap;

import java.time.Duration;
import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Reports in {@code /health} whether the MongoDB the data lives in answers. */
@Singleton
@Requires(condition = MongoChosen.class)
class MongoHealthIndicator implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final MongoConnection mongo;

    MongoHealthIndicator(MongoConnection mongo) {
        this.mongo = mongo;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = Map.of("database", mongo.storage().databaseName(), "at", mongo.where());
        return mongo.storage()
                .ping()
                .timeout(TIMEOUT)
                .thenReturn(HealthResult.builder("mongo", HealthStatus.UP)
                        .details(details)
                        .build())
                .onErrorResume(unreachable -> Mono.just(HealthResult.builder("mongo", HealthStatus.DOWN)
                        .details(Map.of(
                                "database",
                                mongo.storage().databaseName(),
                                "at",
                                mongo.where(),
                                "error",
                                unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage()))
                        .build()));
    }
}
