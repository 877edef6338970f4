package io.minicrm.adapter.vendor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JacksonException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.minicrm.adapter.vendor.VendorApi.Answer;
import io.minicrm.adapter.vendor.VendorApi.Send;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * A message vendor in a process of its own, on loopback, for trying the vendor channel end to end: it takes sends at
 * {@code POST /messages}, answers accepted or rejected as its seed and the idempotency key decide (a key sent again
 * gets its first answer and no second message), and calls back the service's receipt route, signed, after a random
 * delay. {@code GET /stats} counts what it did.
 */
public final class VendorSimulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(VendorSimulator.class.getName());

    /** The share of a flaky vendor's calls answered 500, and the share that stall. */
    private static final double FLAKY_SHARE = 0.05;

    private final SimulatorSettings settings;
    private final Map<String, Answer> ledger = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failedCalls = new AtomicLong();
    private final Callbacks callbacks;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer server;

    private VendorSimulator(SimulatorSettings settings, Map<WorkspaceId, byte[]> secrets, Clock clock)
            throws IOException {
        this.settings = settings;
        this.callbacks = new Callbacks(settings, secrets, clock);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 0);
        server.createContext("/" + VendorApi.SEND_PATH, this::send);
        server.createContext("/stats", this::stats);
        server.setExecutor(handlers);
    }

    /** Listening, with a secret per workspace whose receipts it signs. */
    public static VendorSimulator start(SimulatorSettings settings, Map<WorkspaceId, byte[]> secrets, Clock clock)
            throws IOException {
        VendorSimulator simulator = new VendorSimulator(settings, secrets, clock);
        simulator.server.start();
        LOG.log(
                System.Logger.Level.INFO,
                "Simulated vendor listening on port " + simulator.port() + ", calling back " + settings.callbackUrl()
                        + (settings.flaky() ? ", flaky" : ""));
        return simulator;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void send(HttpExchange exchange) throws IOException {
        try (exchange) {
            String key = exchange.getRequestHeaders().getFirst(VendorApi.IDEMPOTENCY_KEY);
            if (!exchange.getRequestMethod().equals("POST") || key == null || key.isBlank()) {
                reply(
                        exchange,
                        400,
                        new Answer(
                                VendorApi.REJECTED,
                                null,
                                "POST a message with an " + VendorApi.IDEMPOTENCY_KEY + " header"));
                return;
            }
            Send send;
            try (InputStream body = exchange.getRequestBody()) {
                send = VendorApi.MAPPER.readValue(body, Send.class);
            } catch (JacksonException unreadable) {
                reply(exchange, 400, new Answer(VendorApi.REJECTED, null, "the message is not the JSON of a send"));
                return;
            }
            pause(settings.latency().toMillis());
            // Flakiness is drawn afresh for every call, so that a send tried again can succeed.
            SplittableRandom call =
                    new SplittableRandom(settings.seed() ^ calls.incrementAndGet() * 0x9E3779B97F4A7C15L);
            if (settings.flaky() && call.nextDouble() < FLAKY_SHARE) {
                failedCalls.incrementAndGet();
                reply(exchange, 500, new Answer(null, null, "the simulated vendor is unwell"));
                return;
            }
            Answer answer = ledger.computeIfAbsent(key, known -> decide(known, send));
            if (settings.flaky() && call.nextDouble() < FLAKY_SHARE) {
                failedCalls.incrementAndGet();
                pause(SimulatorSettings.STALL.toMillis());
            }
            reply(exchange, 202, answer);
        }
    }

    private Answer decide(String key, Send send) {
        SplittableRandom random = new SplittableRandom(settings.seed() ^ key.hashCode() * 0x9E3779B97F4A7C15L);
        if (random.nextDouble() < settings.failureRate()) {
            return new Answer(VendorApi.REJECTED, null, "rejected by the simulated vendor");
        }
        String vendorId = "sim-" + Long.toUnsignedString(random.nextLong(), 36);
        String workspace = send.workspace() == null ? WorkspaceId.DEFAULT.value() : send.workspace();
        callbacks.schedule(key, workspace, vendorId, random.nextDouble() < settings.bounceRate(), random);
        return new Answer(VendorApi.ACCEPTED, vendorId, null);
    }

    private void stats(HttpExchange exchange) throws IOException {
        try (exchange) {
            long accepted = ledger.values().stream()
                    .filter(answer -> answer.status().equals(VendorApi.ACCEPTED))
                    .count();
            Map<String, Long> figures = new TreeMap<>(callbacks.figures());
            figures.putAll(Map.of(
                    "calls",
                    calls.get(),
                    "failedCalls",
                    failedCalls.get(),
                    "accepted",
                    accepted,
                    "rejected",
                    ledger.size() - accepted));
            reply(exchange, 200, figures);
        }
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] json = VendorApi.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        callbacks.close();
        handlers.shutdownNow();
    }
}
