package io.minicrm.application.port.out;

import io.minicrm.application.port.shared.LiveEvent;
import reactor.core.publisher.Flux;

/**
 * The live stream of events raised anywhere in the deployment, for dashboards that follow changes and for forgetting
 * cached figures. Events arrive in their live form, as a node that did not raise them only has their payload.
 */
public interface EventStream {

    /** Events from the moment of subscription on; a slow subscriber misses events rather than slowing publishers. */
    Flux<LiveEvent> live();
}
