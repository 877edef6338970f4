package io.minicrm.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code training-run}: what the build runs under {@code -XX:AOTCacheOutput}, so that the JDK writes the service's
 * ahead-of-time cache as it exits, and the first start after a build is as quick as the later ones. The service starts
 * on a temporary embedded store and loads the demo data, stops, starts again on the file it wrote (the path every
 * later start takes), and is asked what a user asks first. Every adapter is the offline default, whatever the
 * environment sets; an answer other than 200 fails the run, and with it the build.
 */
final class TrainingRun {

    static final String NAME = "training-run";
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    // The six-condition rule of the start benchmark: every kind of condition a start's first audience is likely to use.
    private static final String PREVIEW = """
            {"rule": "total_spend > 500 and (order_count < 3 or last_order_at more than 90 days ago) \
            and city in (\\"Pune\\", \\"Mumbai\\") and not tags has any (\\"churned\\") \
            and created_at within the last 365 days"}""";

    private TrainingRun() {}

    static void run() throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("mini-crm-training");
        try {
            start(data, true).close();
            try (ApplicationContext service = start(data, false);
                    HttpClient client = HttpClient.newHttpClient()) {
                URI base = service.getBean(EmbeddedServer.class).getURI();
                List<HttpRequest> requests = new ArrayList<>();
                for (String page : List.of("/health", "/", "/customers", "/api/customers", "/segments")) {
                    requests.add(HttpRequest.newBuilder(base.resolve(page)).build());
                }
                requests.add(HttpRequest.newBuilder(base.resolve("/api/segment-rules/preview"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(PREVIEW))
                        .build());
                for (HttpRequest request : requests) {
                    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                                + answer.statusCode() + ": " + answer.body());
                    }
                }
                LOG.info("Training run: {} requests answered; the JVM writes its cache as it exits", requests.size());
            }
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static ApplicationContext start(Path data, boolean demo) {
        return MiniCrm.service(
                        new String[0],
                        Map.of(AdapterChoice.STORAGE.variable(), "embedded", "CRM_DATA_DIR", data.toString()))
                .environmentPropertySource(false)
                .properties(Map.ofEntries(
                        Map.entry("crm.storage", "embedded"),
                        Map.entry("crm.data-dir", data.toString()),
                        Map.entry("micronaut.server.port", -1),
                        Map.entry("demo", demo),
                        // In the build's output: what went wrong, if anything, and the run's outcome.
                        Map.entry("logger.levels.root", "ERROR"),
                        Map.entry("logger.levels." + TrainingRun.class.getName(), "INFO")))
                .start();
    }
}
