package io.minicrm.bootstrap;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.minicrm.application.Crm;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.pipeline.PipelineSettings;
import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.domain.segment.FieldCatalogue;

/**
 * Builds the engine from configuration, one adapter per port; the HTTP adapter takes its use cases from it. Naming an
 * adapter this build does not have fails the start with the list of those it has.
 */
@Factory
class EngineFactory {

    // Built at start-up, not on a request's event loop: starting the engine waits for its pipeline to run.
    @Context
    @Bean(preDestroy = "close")
    Crm crm(@Value("${crm.storage}") String storage, @Value("${crm.events}") String events, DispatchQueue queue,
            PipelineSettings pipeline, @Value("${crm.channel}") String channel, @Value("${crm.ai}") String ai,
            @Value("${crm.currency}") String currency, @Value("${crm.zone}") String zone) {
        AdapterChoice.require("CRM_STORAGE", storage, Set.of("memory"));
        AdapterChoice.require("CRM_EVENTS", events, Set.of("memory"));
        AdapterChoice.require("CRM_CHANNEL", channel, Set.of("simulated"));
        AdapterChoice.require("CRM_AI", ai, Set.of("template"));
        CrmSettings settings = new CrmSettings(Currency.getInstance(currency), FieldCatalogue.standard(),
                Clock.system(ZoneId.of(zone)), IdGenerator.RANDOM);
        return Crm.builder().settings(settings).dispatchQueue(queue).pipelineSettings(pipeline).build().start();
    }
}
