package io.minicrm.bootstrap;

import static io.minicrm.bootstrap.SeparateService.await;
import static io.minicrm.bootstrap.SeparateService.freePort;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service on the embedded store, killed with SIGKILL in a JVM of its own in the middle of an import or of a
 * campaign, leaves a file the next service opens and carries on from: the import run again converges on the file, and
 * the campaign completes with one delivery per recipient and counters that agree with its deliveries.
 */
class KilledEmbeddedServiceTest {

    private static final String STALE_AFTER = "2s";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void an_import_killed_midway_runs_again_to_exactly_the_customers_of_its_file(@TempDir Path data) throws Exception {
        int rows = 200_000;
        String file = customers(rows, "Pune");
        String job;
        String seenRunning;
        int port = freePort();
        Process service = service(data, port);
        try {
            URI base = started(port);
            HttpResponse<String> accepted = post(base.resolve("/api/upload/customers?wait=false"), "text/csv", file);
            assertThat(accepted.statusCode()).isEqualTo(202);
            job = accepted.headers().firstValue("Location").orElseThrow();
            seenRunning = await(
                    () -> get(base.resolve(job)), body -> number(body, "rowsRead") >= 20_000, Duration.ofSeconds(120));
            killed(service);
        } finally {
            service.destroyForcibly();
        }

        try (EmbeddedServer restarted = restarted(data)) {
            URI base = restarted.getURI();
            String interrupted = await(
                    () -> get(base.resolve(job)),
                    body -> !text(body, "status").equals("RUNNING"),
                    Duration.ofSeconds(30));
            assertThat(text(interrupted, "status")).isEqualTo("INTERRUPTED");
            assertThat(number(interrupted, "rowsRead")).isBetween(number(seenRunning, "rowsRead"), rows - 1L);

            String again = post(base.resolve("/api/upload/customers?wait=false"), "text/csv", file)
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
            String done = await(
                    () -> get(base.resolve(again)),
                    body -> text(body, "status").equals("COMPLETED"),
                    Duration.ofSeconds(300));

            assertThat(number(done, "rejected")).isZero();
            assertThat(number(done, "created") + number(done, "updated") + number(done, "skipped"))
                    .isEqualTo(rows);
            assertThat(number(get(base.resolve("/api/customers?size=1")), "total"))
                    .isEqualTo(rows);
            assertThat(get(base.resolve("/api/customers?search=killed-199999%40example.com")))
                    .contains("\"total\":1", "Customer 199999");
        }
    }

    @Test
    void a_campaign_killed_midway_completes_with_one_delivery_per_recipient_and_counters_equal_to_a_recount(
            @TempDir Path data) throws Exception {
        int recipients = 50_000;
        String campaign;
        int port = freePort();
        Process service = service(data, port);
        try {
            URI base = started(port);
            post(base.resolve("/api/upload/customers?wait=true"), "text/csv", customers(recipients, "Kochi"));
            String segment = text(
                    post(base.resolve("/api/segment-rules"), "application/json", """
                            {"name": "Kochi", "rule": "city = \\"Kochi\\""}""")
                            .body(),
                    "id");
            campaign = text(
                    post(base.resolve("/api/campaigns"), "application/json", """
                            {"name": "Monsoon", "segmentId": "%s", "message": "Hi {{first_name|there}}"}""".formatted(segment))
                            .body(),
                    "id");
            post(base.resolve("/api/campaigns/" + campaign + "/queue"), "application/json", "{}");
            await(
                    () -> get(base.resolve("/api/status/" + campaign)),
                    body -> number(body, "delivered") + number(body, "failed") >= 2_000,
                    Duration.ofSeconds(120));
            killed(service);
        } finally {
            service.destroyForcibly();
        }

        try (EmbeddedServer restarted = restarted(data)) {
            URI base = restarted.getURI();
            String completed = await(
                    () -> get(base.resolve("/api/status/" + campaign)),
                    body -> text(body, "status").equals("COMPLETED"),
                    Duration.ofSeconds(300));

            URI deliveries = base.resolve("/api/campaigns/" + campaign + "/deliveries?size=1");
            assertThat(number(completed, "audience")).isEqualTo(recipients);
            assertThat(number(get(deliveries), "total")).isEqualTo(recipients);
            for (String status : new String[] {"pending", "sent", "delivered", "failed"}) {
                assertThat(number(completed, status))
                        .as(status)
                        .isEqualTo(number(
                                get(URI.create(deliveries + "&status=" + status.toUpperCase(java.util.Locale.ROOT))),
                                "total"));
            }
        }
    }

    private EmbeddedServer restarted(Path data) {
        return ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                        "micronaut.server.port",
                        -1,
                        "crm.storage",
                        "embedded",
                        "crm.data-dir",
                        data.toString(),
                        "crm.imports.stale-after",
                        STALE_AFTER));
    }

    /** The service on a JVM of its own, on the port given, keeping its data in the directory given. */
    private static Process service(Path data, int port) throws IOException {
        return SeparateService.start(
                "killed-embedded-service.log",
                "512m",
                List.of(
                        "micronaut.server.port=" + port,
                        "crm.storage=embedded",
                        "crm.data-dir=" + data,
                        "crm.imports.stale-after=" + STALE_AFTER));
    }

    private URI started(int port) throws InterruptedException {
        URI base = URI.create("http://127.0.0.1:" + port);
        await(() -> get(base.resolve("/health")), body -> body.contains("\"status\":\"UP\""), Duration.ofSeconds(90));
        return base;
    }

    private static void killed(Process service) throws InterruptedException {
        service.destroyForcibly().waitFor();
        assertThat(service.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    private static String customers(int rows, String city) {
        return IntStream.range(0, rows)
                .mapToObj(row -> "killed-" + row + "@example.com,Customer " + row + "," + city)
                .collect(Collectors.joining("\n", "email,name,city\n", "\n"));
    }

    private HttpResponse<String> post(URI uri, String type, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String text(String json, String field) {
        Matcher found = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(json);
        return found.find() ? found.group(1) : "";
    }

    private static long number(String json, String field) {
        Matcher found = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return found.find() ? Long.parseLong(found.group(1)) : -1;
    }

    private String get(URI uri) {
        return SeparateService.get(http, uri, Duration.ofSeconds(10));
    }
}
