package io.minicrm.adapter.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpServer;
import io.minicrm.application.port.shared.ReceiptSignatures;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VendorMessageChannelTest {

    private static final byte[] SECRET =
            "the simulator test's secret, thirty-two bytes".getBytes(StandardCharsets.UTF_8);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ReceiptSignatures signatures =
            new ReceiptSignatures(Map.of(WorkspaceId.DEFAULT, SECRET), Duration.ofMinutes(5));
    private final Map<String, String> calledBack = new ConcurrentHashMap<>();
    private HttpServer service;
    private VendorSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
        if (service != null) {
            service.stop(0);
        }
    }

    /** A stand-in for the service's receipt route that keeps each correctly signed receipt's status by delivery id. */
    private URI receiptRoute() throws IOException {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/api/delivery-receipts", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Optional<String> refusal = signatures.refusal(
                    new WorkspaceId(exchange.getRequestHeaders().getFirst(ReceiptSignatures.WORKSPACE_HEADER)),
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst(ReceiptSignatures.HEADER)),
                    body,
                    Instant.now());
            if (refusal.isEmpty()) {
                VendorApi.MAPPER
                        .readValue(body, VendorApi.Callback.class)
                        .receipts()
                        .forEach(receipt -> calledBack.merge(
                                receipt.deliveryId(), receipt.status(), (first, later) -> first + "," + later));
            }
            exchange.sendResponseHeaders(refusal.isEmpty() ? 202 : 401, -1);
            exchange.close();
        });
        service.start();
        return URI.create("http://127.0.0.1:" + service.getAddress().getPort() + "/api/delivery-receipts");
    }

    private VendorMessageChannel channelTo(URI vendor, Duration timeout) {
        return new VendorMessageChannel(new VendorSettings(vendor, timeout), Clock.systemUTC());
    }

    private VendorMessageChannel simulated(double failureRate, double bounceRate) throws IOException {
        simulator = VendorSimulator.start(
                new SimulatorSettings(
                        0, receiptRoute(), 7, failureRate, bounceRate, Duration.ZERO, Duration.ofMillis(50), false),
                Map.of(WorkspaceId.DEFAULT, SECRET),
                Clock.systemUTC());
        return channelTo(URI.create("http://127.0.0.1:" + simulator.port()), PATIENCE);
    }

    private static Delivery delivery(int n) {
        return Delivery.pending(
                WorkspaceId.DEFAULT,
                new CampaignId("spring"),
                new CustomerId("c-" + n),
                "reader" + n + "@example.com",
                new RenderedMessage(Optional.of("Spring"), "Hello " + n),
                Instant.now());
    }

    @Test
    void about_nine_in_ten_are_sent_and_each_sent_one_is_called_back_signed_once_delivered_or_bounced()
            throws Exception {
        VendorMessageChannel channel = simulated(0.1, 0.1);

        List<Receipt> receipts = IntStream.range(0, 200)
                .mapToObj(n -> channel.send(delivery(n)).block(PATIENCE))
                .toList();
        List<String> sent = receipts.stream()
                .filter(receipt -> receipt.status() == DeliveryStatus.SENT)
                .map(receipt -> receipt.delivery().value())
                .toList();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (calledBack.size() < sent.size() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(sent).hasSizeBetween(160, 195);
        assertThat(receipts)
                .filteredOn(receipt -> receipt.status() == DeliveryStatus.FAILED)
                .allSatisfy(receipt -> assertThat(receipt.reason()).contains("rejected by the simulated vendor"));
        assertThat(calledBack.keySet()).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(calledBack.values()).containsOnly("DELIVERED", "FAILED").contains("DELIVERED", "FAILED");
    }

    @Test
    void a_delivery_sent_again_gets_its_first_answer_and_no_second_message() throws Exception {
        VendorMessageChannel channel = simulated(0, 0);

        Receipt first = channel.send(delivery(1)).block(PATIENCE);
        Receipt again = channel.send(delivery(1)).block(PATIENCE);
        Thread.sleep(300);

        assertThat(again.vendorId()).isEqualTo(first.vendorId());
        assertThat(calledBack).containsExactly(Map.entry(first.delivery().value(), "DELIVERED"));
    }

    private URI answering(int status, String body, Duration after) throws IOException {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/messages", exchange -> {
            try {
                Thread.sleep(after.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        service.start();
        return URI.create("http://127.0.0.1:" + service.getAddress().getPort());
    }

    @Test
    void a_refusal_is_failed_with_the_vendors_words() throws IOException {
        Receipt receipt = channelTo(answering(400, "{\"error\":\"no such recipient\"}", Duration.ZERO), PATIENCE)
                .send(delivery(1))
                .block(PATIENCE);

        assertThat(receipt.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(receipt.reason())
                .contains("the vendor refused the message (400): {\"error\":\"no such recipient\"}");
    }

    @Test
    void a_server_error_or_a_time_out_is_an_error_to_try_again_later() throws IOException {
        VendorMessageChannel erring = channelTo(answering(503, "busy", Duration.ZERO), PATIENCE);

        assertThatThrownBy(() -> erring.send(delivery(1)).block(PATIENCE)).hasMessageContaining("answered 503: busy");
        service.stop(0);
        VendorMessageChannel slow = channelTo(answering(202, "{}", Duration.ofSeconds(2)), Duration.ofMillis(300));
        assertThatThrownBy(() -> slow.send(delivery(1)).block(PATIENCE)).hasMessageContaining("timed out");
    }
}
