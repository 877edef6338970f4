package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * With {@code CRM_STORAGE=mongo} and {@code CRM_MONGO_URI}, the data lives in the MongoDB the URI names: the one
 * {@code CRM_TEST_MONGO_URI} names, or else a wire-protocol server this test starts on a free loopback port.
 */
class NamedMongoStorageTest {

    @Test
    void customers_and_orders_are_kept_in_the_named_mongodb_and_found_again_after_a_restart(
            @TempDir Path data, @TempDir Path server) {
        String database = "crm-test-" + UUID.randomUUID();
        Optional<String> given =
                Optional.ofNullable(System.getenv("CRM_TEST_MONGO_URI")).filter(uri -> !uri.isBlank());
        Optional<EmbeddedMongo> started =
                given.isPresent() ? Optional.empty() : Optional.of(EmbeddedMongo.start(server));
        String uri = given.orElseGet(() -> started.orElseThrow().connectionString());
        Map<String, Object> named = Map.of(
                "micronaut.server.port",
                -1,
                "crm.storage",
                "mongo",
                "crm.mongo.uri",
                uri,
                "crm.mongo.database",
                database,
                "crm.data-dir",
                data.toString());
        try {
            try (EmbeddedServer service = ApplicationContext.run(EmbeddedServer.class, named);
                    HttpClient http = HttpClient.create(service.getURL())) {
                http.toBlocking()
                        .retrieve(HttpRequest.POST("/api/upload/customers", "email,name\nasha@example.com,Asha\n")
                                .contentType(MediaType.TEXT_CSV_TYPE));
                String report = http.toBlocking()
                        .retrieve(HttpRequest.POST(
                                        "/api/upload/orders",
                                        "order_id,email,amount\nA-1,asha@example.com,100\nA-2,asha@example.com,50\n")
                                .contentType(MediaType.TEXT_CSV_TYPE));
                assertThat(report).contains("\"created\":2");
                assertThat(http.toBlocking().retrieve("/health"))
                        .contains("\"status\":\"UP\"")
                        .contains("CRM_MONGO_URI")
                        .contains(database);
            }
            assertThat(Files.exists(data.resolve(EmbeddedMongo.FILE)))
                    .as("no in-process server was started")
                    .isFalse();

            try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, named);
                    HttpClient http = HttpClient.create(restarted.getURL())) {
                assertThat(http.toBlocking().retrieve("/api/customers"))
                        .contains("asha@example.com")
                        .contains("\"orderCount\":2")
                        .contains("\"totalSpend\":150");
            }
        } finally {
            try (MongoClient client = MongoClients.create(uri)) {
                Mono.from(client.getDatabase(database).drop()).block();
            }
            started.ifPresent(EmbeddedMongo::close);
        }
    }
}
