package io.minicrm.adapter.gemini;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Gemini endpoint on a free loopback port that replays committed response fixtures in order (the last one again
 * once the others are used) and keeps every request it received.
 */
final class GeminiStub implements AutoCloseable {

    record Replay(int status, String body, Duration delay) {}

    record Received(String path, String apiKey, String body) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Replay> replays = new ArrayDeque<>();
    private final HttpServer server;

    GeminiStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    static String fixture(String name) {
        try (InputStream in = Objects.requireNonNull(GeminiStub.class.getResourceAsStream("/gemini/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    GeminiStub replay(int status, String fixture) {
        return replayBody(status, fixture(fixture), Duration.ZERO);
    }

    synchronized GeminiStub replayBody(int status, String body, Duration delay) {
        replays.add(new Replay(status, body, delay));
        return this;
    }

    /** From now on, answers every request with this. */
    synchronized GeminiStub always(int status, String body) {
        replays.clear();
        return replayBody(status, body, Duration.ZERO);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1beta/");
    }

    private synchronized Replay next() {
        return replays.size() > 1 ? replays.removeFirst() : Objects.requireNonNull(replays.peekFirst(), "no replay");
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            received.add(new Received(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("x-goog-api-key"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Replay replay = next();
            Thread.sleep(replay.delay());
            byte[] body = replay.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(replay.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // A client that timed out has closed the connection: nothing is left to answer.
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
