package io.minicrm.application.inmemory;

import java.time.Duration;
import java.time.Instant;

import io.minicrm.application.contract.EventPublisherContract;
import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class InMemoryEventBusTest extends EventPublisherContract {

    @Override
    protected Bus newBus() {
        InMemoryEventBus bus = new InMemoryEventBus();
        return new Bus(bus, bus);
    }

    @Test
    void a_listener_that_falls_behind_gets_the_events_its_buffer_held_and_misses_the_rest() {
        InMemoryEventBus bus = new InMemoryEventBus();

        StepVerifier.create(bus.events(), 0)
                .then(() -> Flux.range(0, 1_000)
                        .concatMap(n -> bus.publish(new Tick(n)))
                        .blockLast())
                .thenRequest(Long.MAX_VALUE)
                .expectNextSequence(Flux.range(0, InMemoryEventBus.LISTENER_BUFFER)
                        .<CrmEvent>map(Tick::new)
                        .toIterable())
                .expectNoEvent(Duration.ofMillis(100))
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    private record Tick(int number) implements CrmEvent {

        @Override
        public WorkspaceId workspace() {
            return WorkspaceId.DEFAULT;
        }

        @Override
        public Instant occurredAt() {
            return Instant.EPOCH;
        }
    }
}
