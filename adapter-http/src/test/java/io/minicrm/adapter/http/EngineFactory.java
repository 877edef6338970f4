package io.minicrm.adapter.http;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.minicrm.application.Crm;
import io.minicrm.application.inmemory.InMemoryDispatchQueue;
import io.minicrm.application.inmemory.InMemoryUserStore;
import jakarta.inject.Singleton;

/** The in-memory engine behind the API under test, as bootstrap builds it for the embedded default. */
@Factory
class EngineFactory {

    // Built at start-up, not on a request's event loop: starting the engine waits for its pipeline.
    @Context
    @Bean(preDestroy = "close")
    Crm crm(InMemoryDispatchQueue queue, InMemoryUserStore users) {
        return Crm.builder().dispatchQueue(queue).userStore(users).build().start();
    }

    /** The engine's users, for sign-in tests to see whom a refused sign-in did not create. */
    @Singleton
    InMemoryUserStore users() {
        return new InMemoryUserStore();
    }

    /** The engine's queue, for tests to put in what only the pipeline would otherwise put there. */
    @Singleton
    InMemoryDispatchQueue queue() {
        return new InMemoryDispatchQueue();
    }
}
