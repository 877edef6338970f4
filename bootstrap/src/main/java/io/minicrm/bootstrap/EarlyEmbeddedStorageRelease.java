package io.minicrm.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Closes the embedded storage the environment had begun to open, once every bean that could take it is built, unless
 * one did: the configuration chose another storage or directory in the end.
 */
@Singleton
@Requires(beans = EarlyEmbeddedStorage.class)
class EarlyEmbeddedStorageRelease {

    private final EarlyEmbeddedStorage early;

    EarlyEmbeddedStorageRelease(EarlyEmbeddedStorage early) {
        this.early = early;
    }

    @EventListener
    void release(StartupEvent started) {
        early.release();
    }
}
