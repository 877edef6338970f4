package io.minicrm.adapter.http;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.minicrm.application.Crm;

/** The in-memory engine behind the API under test, as bootstrap builds it for the embedded default. */
@Factory
class EngineFactory {

    // Built at start-up, not on a request's event loop: starting the engine waits for its pipeline.
    @Context
    @Bean(preDestroy = "close")
    Crm crm() {
        return Crm.builder().build().start();
    }
}
