package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The service in a JVM of its own, for tests that kill it, and the polling they do while it works. */
final class SeparateService {

    private SeparateService() {}

    /**
     * Starts the service (or the command the arguments name) on the test's class path with the given system properties,
     * its output in a log under
     * target (surefire runs the tests in the module's directory, so the log stays with the build's output).
     */
    static Process start(String log, String maxHeap, List<String> properties, String... arguments) throws IOException {
        return start(log, maxHeap, Map.of(), properties, arguments);
    }

    /** As {@link #start(String, String, List, String...)}, with these variables added to the service's environment. */
    static Process start(
            String log, String maxHeap, Map<String, String> environment, List<String> properties, String... arguments)
            throws IOException {
        Path file = Files.createDirectories(Path.of("target")).resolve(log);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1"));
        properties.forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MiniCrm.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return builder.redirectErrorStream(true).redirectOutput(file.toFile()).start();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The body of a GET, or empty while the service does not answer (starting, or killed). */
    static String get(HttpClient http, URI uri, Duration patience) {
        try {
            return http.send(
                            HttpRequest.newBuilder(uri).timeout(patience).GET().build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
        } catch (IOException unanswered) {
            return "";
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Asks until the answer passes, failing with the last answer once the patience runs out. */
    static String await(Supplier<String> asking, Predicate<String> until, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        String answer = asking.get();
        while (!until.test(answer)) {
            assertThat(System.nanoTime())
                    .as("waited %s; last answer: %s", patience, answer)
                    .isLessThan(deadline);
            Thread.sleep(100);
            answer = asking.get();
        }
        return answer;
    }
}
