package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minicrm.adapter.embedded.EmbeddedStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/** The service starts on the adapters its selectors name, however their names are written, and refuses names it lacks. */
class AdapterChoiceStartTest {

    @Test
    void storage_named_Mongo_starts_on_the_mongodb_the_uri_names(@TempDir Path server, @TempDir Path data) {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(server);
                EmbeddedServer service = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "micronaut.server.port",
                                -1,
                                "crm.storage",
                                "Mongo",
                                "crm.mongo.uri",
                                mongo.connectionString(),
                                "crm.mongo.database",
                                "capitalised",
                                "crm.data-dir",
                                data.toString()));
                HttpClient http = HttpClient.create(service.getURL());
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            http.toBlocking().exchange(HttpRequest.POST("/api/customers", Map.of("email", "asha@example.com")));

            assertThat(http.toBlocking().retrieve("/health"))
                    .contains("\"mongo\":{\"name\":\"mini-crm\",\"status\":\"UP\"");
            assertThat(Mono.from(client.getDatabase("capitalised")
                                    .getCollection("customers")
                                    .countDocuments())
                            .block())
                    .isEqualTo(1);
            assertThat(Files.exists(data.resolve(EmbeddedMongo.FILE)))
                    .as("no in-process server of the service's own")
                    .isFalse();
        }
    }

    @Test
    void storage_named_mongo_between_spaces_starts_on_the_embedded_mongodb_in_the_data_directory(@TempDir Path data) {
        try (EmbeddedServer service = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "micronaut.server.port",
                                -1,
                                "crm.storage",
                                " mongo ",
                                "crm.data-dir",
                                data.toString()));
                HttpClient http = HttpClient.create(service.getURL())) {
            assertThat(http.toBlocking().retrieve("/health"))
                    .contains("\"mongo\":{\"name\":\"mini-crm\",\"status\":\"UP\"")
                    .contains(EmbeddedMongo.FILE);
            assertThat(service.getApplicationContext().containsBean(MongoConnection.class))
                    .isTrue();
        }
        assertThat(Files.exists(data.resolve(EmbeddedMongo.FILE))).isTrue();
    }

    @Test
    void storage_named_MEMORY_starts_in_memory_with_no_mongodb(@TempDir Path data) {
        try (EmbeddedServer service = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "micronaut.server.port",
                                -1,
                                "crm.storage",
                                "MEMORY",
                                "crm.queue",
                                " Memory",
                                "crm.events",
                                "memory ",
                                "crm.data-dir",
                                data.toString()));
                HttpClient http = HttpClient.create(service.getURL())) {
            http.toBlocking().exchange(HttpRequest.POST("/api/customers", Map.of("email", "ravi@example.com")));

            assertThat(http.toBlocking().retrieve("/api/customers")).contains("\"total\":1");
            assertThat(http.toBlocking().retrieve("/health"))
                    .contains("\"status\":\"UP\"")
                    .doesNotContain("mongo");
            assertThat(service.getApplicationContext().containsBean(MongoConnection.class))
                    .isFalse();
        }
        assertThat(Files.exists(data.resolve(EmbeddedMongo.FILE))).isFalse();
    }

    @Test
    void storage_named_embedded_keeps_its_file_in_the_data_directory_and_shows_it_in_health(@TempDir Path data) {
        try (EmbeddedServer service = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "micronaut.server.port",
                                -1,
                                "crm.storage",
                                "Embedded",
                                "crm.data-dir",
                                data.toString()));
                HttpClient http = HttpClient.create(service.getURL())) {
            http.toBlocking().exchange(HttpRequest.POST("/api/customers", Map.of("email", "ravi@example.com")));

            assertThat(http.toBlocking().retrieve("/health"))
                    .contains("\"embedded\":{\"name\":\"mini-crm\",\"status\":\"UP\"")
                    .contains(EmbeddedStorage.FILE)
                    .doesNotContain("mongo");
        }
        assertThat(Files.exists(data.resolve(EmbeddedStorage.FILE))).isTrue();
        assertThat(Files.exists(data.resolve(EmbeddedMongo.FILE))).isFalse();
    }

    @Test
    void an_unknown_storage_stops_the_start_naming_the_valid_choices() {
        assertThatThrownBy(() -> ApplicationContext.run(
                                EmbeddedServer.class, Map.of("micronaut.server.port", -1, "crm.storage", "postgres"))
                        .close())
                .hasStackTraceContaining(
                        "CRM_STORAGE=postgres is not available; choose one of embedded, memory, mongo");
    }

    @Test
    void every_unknown_selector_is_named_in_the_one_refusal() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("crm.queue", "RabbitMQ", "crm.cache", "memcached"))
                        .close())
                .hasStackTraceContaining("CRM_CACHE=memcached is not available; choose one of memory, redis; "
                        + "CRM_QUEUE=RabbitMQ is not available; choose one of kafka, memory");
    }
}
