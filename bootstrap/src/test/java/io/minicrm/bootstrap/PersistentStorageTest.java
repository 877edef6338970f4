package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code CRM_STORAGE=mongo} and no server named, the data lives in files that a restarted service finds again. */
class PersistentStorageTest {

    private static final String CSV = """
            email,name,city,tags
            asha@example.com,Asha Rao,Pune,vip
            ravi@shop.in,Ravi,Delhi,
            meera@example.org,Meera,Mumbai,new
            """;

    @Test
    void customers_uploaded_as_csv_are_still_there_after_the_service_is_stopped_and_started_again(@TempDir Path data) {
        Map<String, Object> mongoInFiles =
                Map.of("micronaut.server.port", -1, "crm.storage", "mongo", "crm.data-dir", data.toString());

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, mongoInFiles);
                HttpClient http = HttpClient.create(server.getURL())) {
            String report = http.toBlocking()
                    .retrieve(HttpRequest.POST("/api/upload/customers", CSV).contentType(MediaType.TEXT_CSV_TYPE));
            assertThat(report).contains("\"created\":3");
            assertThat(http.toBlocking().retrieve("/health"))
                    .contains("\"status\":\"UP\"")
                    .contains("mongo");
        }
        assertThat(Files.exists(data.resolve(EmbeddedMongo.FILE))).isTrue();

        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, mongoInFiles);
                HttpClient http = HttpClient.create(restarted.getURL())) {
            String customers = http.toBlocking().retrieve("/api/customers?sort=email");
            assertThat(customers)
                    .contains("\"total\":3")
                    .contains("asha@example.com", "meera@example.org", "ravi@shop.in")
                    .contains("Asha Rao");
        }
    }
}
