package io.minicrm.adapter.kafka;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.publisher.Mono;

/** The channel of a sender in another JVM than its test: it sends each delivery through the test's {@link HttpVendor}. */
final class HttpVendorChannel implements MessageChannel {

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI vendor;

    HttpVendorChannel(URI vendor) {
        this.vendor = vendor;
    }

    @Override
    public Mono<Receipt> send(Delivery delivery) {
        HttpRequest request = HttpRequest.newBuilder(vendor)
                .POST(HttpRequest.BodyPublishers.ofString(delivery.id().value()))
                .build();
        return Mono.fromFuture(() -> client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()))
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(
                                "the vendor answered " + response.statusCode() + " for " + delivery.id());
                    }
                    return RecordFormat.receipts(response.body()).getFirst();
                });
    }
}
