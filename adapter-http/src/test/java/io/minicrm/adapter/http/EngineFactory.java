package io.minicrm.adapter.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.minicrm.application.Crm;
import io.minicrm.application.inmemory.InMemoryDispatchQueue;
import io.minicrm.application.inmemory.InMemoryUserStore;
import io.minicrm.application.port.shared.ReceiptSignatures;
import io.minicrm.application.port.shared.UnsubscribeLinks;
import io.minicrm.domain.workspace.WorkspaceId;
import jakarta.inject.Singleton;

/** The in-memory engine behind the API under test, as bootstrap builds it for the embedded default. */
@Factory
public class EngineFactory {

    // Built at start-up, not on a request's event loop: starting the engine waits for its pipeline.
    @Context
    @Bean(preDestroy = "close")
    Crm crm(InMemoryDispatchQueue queue, InMemoryUserStore users, UnsubscribeLinks links) {
        return Crm.builder()
                .dispatchQueue(queue)
                .userStore(users)
                .unsubscribeLinks(links)
                .build()
                .start();
    }

    /** The engine's users, for sign-in tests to see whom a refused sign-in did not create. */
    @Singleton
    InMemoryUserStore users() {
        return new InMemoryUserStore();
    }

    /** Signs the engine's unsubscribe links with a secret tests know, so that they can make and tamper with links. */
    @Singleton
    UnsubscribeLinks unsubscribeLinks() {
        return new UnsubscribeLinks(
                "the API tests' secret, thirty-two bytes at least".getBytes(StandardCharsets.UTF_8),
                URI.create("http://localhost"));
    }

    /** The vendor secret of the default workspace, which tests sign receipt callbacks with. */
    public static final byte[] VENDOR_SECRET =
            "the API tests' vendor secret, thirty-two bytes at least".getBytes(StandardCharsets.UTF_8);

    @Singleton
    ReceiptSignatures receiptSignatures() {
        return new ReceiptSignatures(Map.of(WorkspaceId.DEFAULT, VENDOR_SECRET), Duration.ofMinutes(5));
    }

    /** The engine's queue, for tests to put in what only the pipeline would otherwise put there. */
    @Singleton
    InMemoryDispatchQueue queue() {
        return new InMemoryDispatchQueue();
    }
}
