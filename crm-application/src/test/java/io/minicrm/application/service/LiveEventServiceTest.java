package io.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.minicrm.application.port.in.LiveEvents;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.application.port.shared.WorkspaceEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class LiveEventServiceTest {

    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");

    /** Customer {@code n} deleted: an event whose typed form names its number. */
    private static LiveEvent deleted(WorkspaceId workspace, int n) {
        return new LiveEvent(
                LiveEvent.VERSION, "customer:deleted", workspace.value(), NOW, Map.of("customerId", "c" + n));
    }

    private static int number(WorkspaceEvent event) {
        return Integer.parseInt(
                ((WorkspaceEvent.CustomerDeleted) event).customer().value().substring(1));
    }

    @Test
    void follow_gives_the_workspaces_events_alone_each_as_the_record_of_its_kind() {
        LiveEventService events = new LiveEventService(
                () -> Flux.just(deleted(SHOP, 1), deleted(new WorkspaceId("other"), 2), deleted(SHOP, 3)));

        StepVerifier.create(events.follow(SHOP).map(LiveEventServiceTest::number))
                .expectNext(1, 3)
                .verifyComplete();
    }

    @Test
    void a_subscriber_that_falls_behind_is_told_how_many_events_it_lost_in_their_place() {
        int published = 5_000;
        LiveEventService events =
                new LiveEventService(() -> Flux.range(0, published).map(n -> deleted(SHOP, n)));
        List<WorkspaceEvent> received = new ArrayList<>();
        BaseSubscriber<WorkspaceEvent> slow = new BaseSubscriber<>() {
            @Override
            protected void hookOnSubscribe(Subscription subscription) {
                // Takes nothing while every event is published.
            }

            @Override
            protected void hookOnNext(WorkspaceEvent event) {
                received.add(event);
            }
        };

        events.follow(SHOP).subscribe(slow);
        slow.request(Long.MAX_VALUE);

        List<WorkspaceEvent> missed = received.stream()
                .filter(WorkspaceEvent.Missed.class::isInstance)
                .toList();
        assertThat(missed).hasSize(1);
        long lost = ((WorkspaceEvent.Missed) missed.getFirst()).count();
        List<Integer> kept = received.stream()
                .filter(event -> !(event instanceof WorkspaceEvent.Missed))
                .map(LiveEventServiceTest::number)
                .toList();
        assertThat(kept.size() + lost).isEqualTo(published);
        assertThat(kept).isSorted().contains(published - 1).hasSizeGreaterThanOrEqualTo(LiveEvents.FOLLOW_BUFFER);
        int gapAt = received.indexOf(missed.getFirst());
        int before = gapAt == 0 ? -1 : number(received.get(gapAt - 1));
        assertThat(number(received.get(gapAt + 1)) - before - 1)
                .as("the events lost lie where the signal stands")
                .isEqualTo(lost);
    }

    @Test
    void every_subscription_ends_when_the_engine_closes() {
        Sinks.Empty<Void> closed = Sinks.empty();
        LiveEventService events = new LiveEventService(Flux::never, closed.asMono());

        StepVerifier.create(Flux.merge(events.follow(SHOP), events.of(SHOP)))
                .then(closed::tryEmitEmpty)
                .expectComplete()
                .verify(Duration.ofSeconds(5));
        StepVerifier.create(new LiveEventService(Flux::never, Mono.empty()).follow(SHOP))
                .verifyComplete();
    }
}
