package io.minicrm.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.minicrm.adapter.embedded.EmbeddedStorage;
import jakarta.inject.Singleton;

/**
 * Once the service answers, reads in full the customers the embedded storage only indexed at start, so that the first
 * search or audience does not wait for them; not before, as the start would have one core less.
 */
@Singleton
@Requires(condition = EmbeddedChosen.class)
class EmbeddedCustomerReading {

    private final EmbeddedStorage storage;

    EmbeddedCustomerReading(EmbeddedStorage storage) {
        this.storage = storage;
    }

    @EventListener
    void read(ServerStartupEvent started) {
        storage.readCustomersInBackground();
    }
}
