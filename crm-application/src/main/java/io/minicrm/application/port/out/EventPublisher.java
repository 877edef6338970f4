package io.minicrm.application.port.out;

import io.minicrm.domain.shared.CrmEvent;
import reactor.core.publisher.Mono;

/**
 * Tells listeners what changed, after the change is stored. Notification only: a lost event loses no data, so
 * publishing never fails the caller's request.
 */
public interface EventPublisher {

    Mono<Void> publish(CrmEvent event);
}
