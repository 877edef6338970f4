package io.minicrm.bootstrap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.minicrm.application.Crm;
import io.minicrm.application.PeriodicTask;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Reports in {@code /health} the work the engine repeats in the background (the check for scheduled campaigns, the
 * pipeline's checks on unfinished campaigns), DOWN
 * when one has not completed a round within {@value #ROUNDS} of its intervals, so that a supervisor can restart a node
 * whose loop is stuck.
 */
@Singleton
class PeriodicTasksHealthIndicator implements HealthIndicator {

    private static final int ROUNDS = 3;

    private final Crm crm;

    PeriodicTasksHealthIndicator(Crm crm) {
        this.crm = crm;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        List<PeriodicTask> tasks = crm.periodicTasks();
        Map<String, Object> lastCompleted = new LinkedHashMap<>();
        tasks.forEach(task -> lastCompleted.put(
                task.name(), task.lastCompleted().map(Object::toString).orElse("not yet")));
        boolean stalled = tasks.stream().anyMatch(task -> task.stalled(ROUNDS));
        return Mono.just(HealthResult.builder("periodic-tasks", stalled ? HealthStatus.DOWN : HealthStatus.UP)
                .details(lastCompleted)
                .build());
    }
}
