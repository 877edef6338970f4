package io.minicrm.adapter.vendor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;

import io.minicrm.adapter.vendor.VendorApi.Answer;
import io.minicrm.adapter.vendor.VendorApi.Send;
import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.publisher.Mono;

/**
 * Hands each message to a vendor's HTTP API, the delivery id as idempotency key. Accepted is SENT (DELIVERED or FAILED
 * comes later by the vendor's callback); rejected, or any other 4xx, is FAILED with the vendor's reason. A 5xx, a 429,
 * a time-out or a broken connection is an error signal, so the pipeline tries again later: unlike SMTP's lost replies,
 * a send tried again is safe, as the vendor answers a key it knows as it did the first time and sends nothing twice.
 */
public final class VendorMessageChannel implements MessageChannel {

    private static final int MAX_REASON = 500;

    private final VendorSettings settings;
    private final Clock clock;
    private final HttpClient http;

    public VendorMessageChannel(VendorSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .build();
    }

    @Override
    public Mono<Receipt> send(Delivery delivery) {
        return Mono.fromFuture(() -> http.sendAsync(request(delivery), HttpResponse.BodyHandlers.ofString()))
                .map(response -> receipt(delivery, response));
    }

    private HttpRequest request(Delivery delivery) {
        Send send = new Send(
                delivery.workspace().value(),
                delivery.recipient(),
                delivery.message().subject().orElse(null),
                delivery.message().body());
        try {
            return HttpRequest.newBuilder(settings.url().resolve(VendorApi.SEND_PATH))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header(VendorApi.IDEMPOTENCY_KEY, delivery.id().value())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(VendorApi.MAPPER.writeValueAsBytes(send)))
                    .build();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private Receipt receipt(Delivery delivery, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new IllegalStateException("the vendor answered " + status + ": " + excerpt(response.body()));
        }
        if (status >= 300) {
            return failed(delivery, "the vendor refused the message (" + status + "): " + excerpt(response.body()));
        }
        Answer answer;
        try {
            answer = VendorApi.MAPPER.readValue(response.body(), Answer.class);
        } catch (IOException unreadable) {
            throw new IllegalStateException(
                    "the vendor's answer cannot be read: " + excerpt(response.body()), unreadable);
        }
        if (VendorApi.ACCEPTED.equals(answer.status())) {
            return new Receipt(
                    delivery.id(),
                    DeliveryStatus.SENT,
                    Optional.ofNullable(answer.vendorId()),
                    Optional.empty(),
                    clock.instant());
        }
        return failed(delivery, Optional.ofNullable(answer.reason()).orElse("rejected by the vendor"));
    }

    private Receipt failed(Delivery delivery, String reason) {
        return new Receipt(
                delivery.id(), DeliveryStatus.FAILED, Optional.empty(), Optional.of(excerpt(reason)), clock.instant());
    }

    private static String excerpt(String text) {
        String line = text.strip();
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "…";
    }
}
