package io.minicrm.application.port.out;

import io.minicrm.domain.shared.CrmEvent;
import reactor.core.publisher.Flux;

/** The live stream of events raised anywhere in the deployment, for dashboards that follow changes as they happen. */
public interface EventStream {

    /** Events from the moment of subscription on; a slow subscriber misses events rather than slowing publishers. */
    Flux<CrmEvent> events();
}
