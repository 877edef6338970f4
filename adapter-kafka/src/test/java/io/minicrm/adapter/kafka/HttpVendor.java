package io.minicrm.adapter.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.Receipt;

/**
 * A test's vendor reached over HTTP on a free loopback port, as senders in other JVMs reach a real vendor: a POST of a
 * delivery id is sent through the vendor as the test's store holds the delivery, and answered with the receipt in the
 * queue's record format. It counts the answers it gave.
 */
final class HttpVendor implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final AtomicInteger answered = new AtomicInteger();

    HttpVendor(MessageChannel vendor, DeliveryStore deliveries) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        server.createContext("/send", exchange -> {
            try (exchange) {
                DeliveryId delivery =
                        new DeliveryId(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                Receipt receipt =
                        deliveries.findById(delivery).flatMap(vendor::send).block(KafkaPipelineRig.PATIENCE);
                if (receipt == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] answer = RecordFormat.receipts(List.of(receipt));
                answered.incrementAndGet();
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    URI address() {
        return URI.create("http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort() + "/send");
    }

    int answered() {
        return answered.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
