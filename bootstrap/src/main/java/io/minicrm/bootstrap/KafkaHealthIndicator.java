package io.minicrm.bootstrap;

import java.time.Duration;
import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.minicrm.adapter.kafka.KafkaDispatchQueue;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** {@code /health} reports whether the Kafka cluster behind the campaign pipeline answers, and how many brokers it has. */
@Singleton
@Readiness
@Requires(condition = KafkaChosen.class)
class KafkaHealthIndicator implements HealthIndicator {

    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private final KafkaDispatchQueue queue;
    private final String servers;

    KafkaHealthIndicator(KafkaDispatchQueue queue, @Value("${crm.kafka.bootstrap-servers}") String servers) {
        this.queue = queue;
        this.servers = servers;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return queue.cluster(PATIENCE)
                .map(cluster -> HealthResult.builder("kafka", HealthStatus.UP)
                        .details(Map.of(
                                "bootstrapServers", servers, "clusterId", cluster.id(), "brokers", cluster.brokers()))
                        .build())
                .onErrorResume(unreachable -> Mono.just(HealthResult.builder("kafka", HealthStatus.DOWN)
                        .details(Map.of("bootstrapServers", servers, "error", "no answer within " + PATIENCE))
                        .build()));
    }
}
