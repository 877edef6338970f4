package io.minicrm.application.importing;

import java.util.List;

import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.domain.shared.CrmEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Tells listeners what a batch stored, once it is stored. */
final class Announcements {

    private final EventPublisher events;

    Announcements(EventPublisher events) {
        this.events = events;
    }

    Mono<Void> publish(List<? extends CrmEvent> stored) {
        // Notification only: a lost event loses no data, so it must not stop the import.
        return Flux.fromIterable(stored).concatMap(event -> events.publish(event).onErrorComplete()).then();
    }
}
