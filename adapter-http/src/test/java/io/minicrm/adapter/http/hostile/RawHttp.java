package io.minicrm.adapter.http.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Sends requests byte for byte as written, which a JSON client would refuse to (1e1000000, a lone surrogate, malformed
 * JSON), and reads the answer without following a stream of events beyond its first bytes.
 */
final class RawHttp {

    /** What the server answered, and how long it took to. */
    record Answer(int status, String contentType, String body, Duration took) {

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    private final URI base;
    private final Duration timeout;
    private final HttpClient client;

    RawHttp(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Answer send(String method, String pathAndQuery, String contentType, String body) {
        return send(method, pathAndQuery, contentType, body, Map.of());
    }

    Answer send(String method, String pathAndQuery, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(timeout)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            String text;
            try (InputStream stream = response.body()) {
                // A stream of events never ends: its first bytes show it answered.
                text = type.startsWith("text/event-stream")
                        ? firstBytes(stream)
                        : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Answer(response.statusCode(), type, text, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException failed) {
            throw new UncheckedIOException(method + " " + pathAndQuery + " got no answer", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String firstBytes(InputStream stream) throws IOException {
        byte[] first = new byte[64];
        int read = stream.read(first);
        return read < 0 ? "" : new String(first, 0, read, StandardCharsets.UTF_8);
    }

    Answer json(String method, String pathAndQuery, String json) {
        return send(method, pathAndQuery, "application/json", json);
    }

    Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null);
    }
}
