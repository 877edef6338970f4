package io.minicrm.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.minicrm.adapter.embedded.EmbeddedStorage;
import io.minicrm.adapter.gemini.GeminiLanguageModel;
import io.minicrm.adapter.smtp.SmtpMessageChannel;
import io.minicrm.adapter.vendor.VendorMessageChannel;
import io.minicrm.application.Crm;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.ImportSettings;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.application.port.out.SuppressionStore;
import io.minicrm.application.port.shared.UnsubscribeLinks;
import io.minicrm.domain.segment.FieldCatalogue;
import jakarta.inject.Singleton;

/**
 * Builds the engine from configuration, one adapter per port; the HTTP adapter takes its use cases from it. Storage is
 * in memory, in an embedded file or on MongoDB, events and the cache in memory or on Redis, the pipeline's queue in memory or on
 * Kafka, the assistant offline or on Gemini;
 * naming an adapter this build does not have fails the start with the list of those it has.
 */
@Factory
class EngineFactory {

    @Singleton
    CrmSettings settings(@Value("${crm.currency}") String currency, @Value("${crm.zone}") String zone) {
        return new CrmSettings(
                Currency.getInstance(currency),
                FieldCatalogue.standard(),
                Clock.system(ZoneId.of(zone)),
                IdGenerator.TIME_ORDERED);
    }

    // Built at start-up, not on a request's event loop: starting the engine waits for its pipeline to run.
    @Context
    @Bean(preDestroy = "close")
    Crm crm(
            AdapterChoices chosen,
            @Value("${crm.imports.stale-after}") Duration staleImports,
            CrmSettings settings,
            DispatchQueue queue,
            PipelineSettings pipeline,
            EventsAndCache eventsAndCache,
            UnsubscribeLinks links,
            SuppressionStore suppressions,
            BeanProvider<SmtpMessageChannel> smtp,
            BeanProvider<VendorMessageChannel> vendor,
            BeanProvider<MongoConnection> mongo,
            BeanProvider<EmbeddedStorage> embedded,
            BeanProvider<GeminiLanguageModel> gemini,
            @Value("${crm.ai-daily-tokens}") long dailyTokens) {
        // The simulated channel and the offline assistant are the engine's defaults.
        Crm.Builder engine = Crm.builder()
                .settings(settings)
                .dispatchQueue(queue)
                .pipelineSettings(pipeline)
                .importSettings(new ImportSettings(staleImports))
                .unsubscribeLinks(links);
        if (chosen.is(AdapterChoice.CHANNEL, "smtp")) {
            engine.messageChannel(smtp.get());
        }
        if (chosen.is(AdapterChoice.CHANNEL, "vendor")) {
            engine.messageChannel(vendor.get());
        }
        if (chosen.is(AdapterChoice.STORAGE, "mongo")) {
            engine.storage(mongo.get().storage());
        }
        if (chosen.is(AdapterChoice.STORAGE, "embedded")) {
            engine.storage(embedded.get());
        }
        // The suppression list the unsubscribe route and the channels share: the storage's own, or the in-memory one.
        engine.suppressionStore(suppressions);
        if (chosen.is(AdapterChoice.AI, "gemini")) {
            engine.languageModel(gemini.get(), dailyTokens);
        }
        return eventsAndCache.applyTo(engine).build().start();
    }
}
