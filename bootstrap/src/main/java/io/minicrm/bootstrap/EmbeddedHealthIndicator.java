package io.minicrm.bootstrap;

import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.minicrm.adapter.embedded.EmbeddedStorage;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Reports in {@code /health} the embedded file the data lives in, and whether it is open. */
@Singleton
@Requires(condition = EmbeddedChosen.class)
class EmbeddedHealthIndicator implements HealthIndicator {

    private final EmbeddedStorage storage;

    EmbeddedHealthIndicator(EmbeddedStorage storage) {
        this.storage = storage;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromSupplier(
                () -> HealthResult.builder("embedded", storage.isOpen() ? HealthStatus.UP : HealthStatus.DOWN)
                        .details(Map.of("file", storage.file().toString()))
                        .build());
    }
}
