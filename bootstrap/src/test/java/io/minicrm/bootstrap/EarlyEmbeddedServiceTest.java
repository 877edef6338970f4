package io.minicrm.bootstrap;

import static io.minicrm.bootstrap.SeparateService.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.minicrm.adapter.embedded.EmbeddedStorage;
import io.minicrm.domain.segment.FieldCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service started as {@code ./crm} starts it, the embedded storage chosen in its environment: the file it begins
 * to open before Micronaut starts is the one the service then keeps its data in, across a restart.
 */
class EarlyEmbeddedServiceTest {

    private static final String LOG = "early-embedded-service.log";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;

    @Test
    void the_storage_opened_from_the_environment_keeps_the_data_across_a_restart() throws Exception {
        int port = SeparateService.freePort();
        URI base = URI.create("http://127.0.0.1:" + port);
        Process first = service(port);
        try {
            assertThat(health(base)).contains(data.resolve(EmbeddedStorage.FILE).toString());
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(base.resolve("/api/customers"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"email\":\"asha@example.com\",\"name\":\"Asha Rao\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        } finally {
            first.destroy();
            first.waitFor();
        }

        Process second = service(port);
        try {
            health(base);
            assertThat(get(base.resolve("/api/customers?search=asha"))).contains("asha@example.com");
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    @Test
    void a_directory_the_configuration_overrides_is_opened_early_then_closed_and_the_configured_one_kept(
            @TempDir Path configured) throws Exception {
        String health = withEnvironmentOverridden("crm.data-dir=" + configured);

        assertThat(health).contains(configured.resolve(EmbeddedStorage.FILE).toString());
    }

    @Test
    void a_storage_the_configuration_overrides_is_opened_early_then_closed() throws Exception {
        String health = withEnvironmentOverridden("crm.storage=memory");

        assertThat(health).doesNotContain(EmbeddedStorage.FILE);
    }

    /**
     * Starts the service with the embedded storage chosen in its environment and {@code override} in its configuration;
     * once it answers, checks that the file the environment names was opened before the configuration was read and
     * closed once it chose otherwise, so that this process can open it; gives the service's health.
     */
    private String withEnvironmentOverridden(String override) throws Exception {
        int port = SeparateService.freePort();
        URI base = URI.create("http://127.0.0.1:" + port);
        Process service = SeparateService.start(
                LOG,
                "512m",
                Map.of("CRM_STORAGE", "embedded", "CRM_DATA_DIR", data.toString()),
                List.of("micronaut.server.port=" + port, override));
        try {
            String health = health(base);
            assertThat(data.resolve(EmbeddedStorage.FILE)).exists();
            try (EmbeddedStorage early = EmbeddedStorage.open(data, FieldCatalogue.standard())) {
                assertThat(early.isOpen()).isTrue();
            }
            return health;
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private Process service(int port) throws IOException {
        return SeparateService.start(
                LOG,
                "512m",
                Map.of("CRM_STORAGE", "embedded", "CRM_DATA_DIR", data.toString()),
                // The factory says at INFO whether it waited for an early opening; the tests' logging shows warnings
                // only.
                List.of("micronaut.server.port=" + port, "logger.levels.io.minicrm.bootstrap.StorageFactory=INFO"));
    }

    private String health(URI base) throws InterruptedException {
        return await(
                () -> get(base.resolve("/health")), body -> body.contains("\"status\":\"UP\""), Duration.ofSeconds(90));
    }

    private String get(URI uri) {
        return SeparateService.get(http, uri, Duration.ofSeconds(10));
    }
}
