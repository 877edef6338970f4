package io.minicrm.adapter.http.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test of pages in a browser: one Chromium for the whole class, opened on the service under test, and a client for
 * arranging data through the API. Subclasses carry {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserPageTest {

    @Inject
    @Client("/")
    protected HttpClient http;

    @Inject
    protected EmbeddedServer server;

    protected Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(server.getURI());
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }
}
