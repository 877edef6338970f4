package io.minicrm.bootstrap;

import java.time.Duration;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.minicrm.application.PipelineSettings;
import jakarta.inject.Singleton;

/** The campaign pipeline's pacing: the library's defaults, with the receipt writer's batch bounds from configuration. */
@Factory
class PipelineFactory {

    @Singleton
    PipelineSettings pipelineSettings(
            @Value("${crm.receipts.batch}") int batch, @Value("${crm.receipts.window}") Duration window) {
        PipelineSettings defaults = PipelineSettings.DEFAULT;
        return new PipelineSettings(
                defaults.dispatchBatch(),
                defaults.dispatchConcurrency(),
                defaults.senders(),
                defaults.sendConcurrency(),
                defaults.sendTries(),
                defaults.retryBackoff(),
                batch,
                window,
                defaults.redispatchAfter());
    }
}
