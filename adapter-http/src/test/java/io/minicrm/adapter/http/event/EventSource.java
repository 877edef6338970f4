package io.minicrm.adapter.http.event;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A raw Server-Sent Events client: reads the stream line by line, as a browser's EventSource would. */
final class EventSource implements AutoCloseable {

    /** One dispatched event: its name and its data; or a comment, named {@code ":"}. */
    record Received(String name, String data) {}

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final Stream<String> lines;
    private final Thread reader;

    private EventSource(Stream<String> lines) {
        this.lines = lines;
        this.reader = Thread.ofVirtual().start(this::read);
    }

    static EventSource open(URI uri) throws Exception {
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the event stream answered " + response.statusCode());
        }
        return new EventSource(response.body());
    }

    /** The next event, skipping comments; fails after the timeout. */
    Received nextEvent(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Received next;
        do {
            next = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("no event within " + timeout);
            }
        } while (next.name().equals(":"));
        return next;
    }

    /** The next comment line's text; the first one says the server is listening. */
    String nextComment(Duration timeout) throws InterruptedException {
        Received next = received.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (next == null || !next.name().equals(":")) {
            throw new AssertionError("expected a comment within " + timeout + ", not " + next);
        }
        return next.data();
    }

    private void read() {
        String[] event = {"message", null};
        try {
            lines.forEach(line -> {
                if (line.startsWith(":")) {
                    received.add(new Received(":", line.substring(1).strip()));
                } else if (line.startsWith("event:")) {
                    event[0] = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    event[1] = line.substring("data:".length()).strip();
                } else if (line.isEmpty() && event[1] != null) {
                    received.add(new Received(event[0], event[1]));
                    event[0] = "message";
                    event[1] = null;
                }
            });
        } catch (UncheckedIOException closed) {
            // The stream ends when the test closes it.
        }
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
