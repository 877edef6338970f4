package io.minicrm.bootstrap;

import static io.minicrm.bootstrap.SeparateService.await;
import static io.minicrm.bootstrap.SeparateService.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service killed in the middle of an import, in a JVM of its own, leaves its job running in the store it shares
 * with the next service to start, which finds the job gone silent and marks it interrupted with the rows it stored.
 */
class KilledImportServiceTest {

    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
    private static final Pattern ROWS_READ = Pattern.compile("\"rowsRead\":(\\d+)");
    private static final String STALE_AFTER = "2s";
    private static final int ROWS = 30_000;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void an_import_whose_service_is_killed_is_found_interrupted_with_the_rows_it_stored_once_a_service_starts_again(
            @TempDir Path data) throws Exception {
        // The MongoDB both services share lives in this JVM, which the kill does not touch.
        MongoServer mongo =
                new MongoServer(new H2Backend(data.resolve("shared.mv.db").toString()));
        try {
            mongo.bind("127.0.0.1", 0);
            String uri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();

            String job;
            String seenRunning;
            int port = freePort();
            Process service = service(uri, port);
            try {
                URI base = URI.create("http://127.0.0.1:" + port);
                await(
                        () -> get(base.resolve("/health")),
                        body -> body.contains("\"status\":\"UP\""),
                        Duration.ofSeconds(90));
                HttpResponse<String> accepted = http.send(
                        HttpRequest.newBuilder(base.resolve("/api/upload/customers?wait=false"))
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(customers()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(accepted.statusCode()).isEqualTo(202);
                job = accepted.headers().firstValue("Location").orElseThrow();
                seenRunning =
                        await(() -> get(base.resolve(job)), body -> rowsRead(body) >= 1_000, Duration.ofSeconds(60));

                service.destroyForcibly().waitFor();
                assertThat(service.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            } finally {
                service.destroyForcibly();
            }

            try (EmbeddedServer restarted = ApplicationContext.run(
                    EmbeddedServer.class,
                    Map.of(
                            "micronaut.server.port",
                            -1,
                            "crm.storage",
                            "mongo",
                            "crm.mongo.uri",
                            uri,
                            "crm.imports.stale-after",
                            STALE_AFTER))) {
                URI base = restarted.getURI();
                String found = await(
                        () -> get(base.resolve(job)), body -> !status(body).equals("RUNNING"), Duration.ofSeconds(20));

                assertThat(status(seenRunning)).isEqualTo("RUNNING");
                assertThat(status(found)).isEqualTo("INTERRUPTED");
                assertThat(rowsRead(found)).isBetween(rowsRead(seenRunning), (long) ROWS - 1);
                assertThat(found)
                        .contains("the process running this import stopped before it finished; import the file again");
                assertThat(get(base.resolve("/api/imports")))
                        .startsWith("{\"items\":[{\"id\":\"" + job.substring(job.lastIndexOf('/') + 1));
            }
        } finally {
            mongo.shutdownNow();
        }
    }

    /** The service on a JVM of its own, on the port given, keeping its data in the MongoDB given. */
    private static Process service(String mongoUri, int port) throws IOException {
        return SeparateService.start(
                "killed-service.log",
                "384m",
                List.of(
                        "micronaut.server.port=" + port,
                        "crm.storage=mongo",
                        "crm.mongo.uri=" + mongoUri,
                        "crm.imports.stale-after=" + STALE_AFTER));
    }

    private static String customers() {
        return IntStream.range(0, ROWS)
                .mapToObj(row -> "killed-" + row + "@example.com,Customer " + row)
                .collect(Collectors.joining("\n", "email,name\n", "\n"));
    }

    private static String status(String job) {
        Matcher status = STATUS.matcher(job);
        return status.find() ? status.group(1) : "";
    }

    private static long rowsRead(String job) {
        Matcher rows = ROWS_READ.matcher(job);
        return rows.find() ? Long.parseLong(rows.group(1)) : -1;
    }

    private String get(URI uri) {
        return SeparateService.get(http, uri, Duration.ofSeconds(5));
    }
}
