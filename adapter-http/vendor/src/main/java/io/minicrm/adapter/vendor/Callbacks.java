package io.minicrm.adapter.vendor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.minicrm.adapter.vendor.VendorApi.Callback;
import io.minicrm.adapter.vendor.VendorApi.CallbackReceipt;
import io.minicrm.application.port.shared.ReceiptSignatures;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * The simulated vendor's receipt callbacks, one receipt each, signed with the workspace's secret when they are sent
 * and tried again with growing pauses while the service cannot take them (not yet listening, or failing). A flaky
 * vendor also calls some back twice, and follows some with an older SENT receipt.
 */
final class Callbacks implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Callbacks.class.getName());
    /** Tries of one callback, the pause doubling from a quarter second: about half a minute in all. */
    private static final int TRIES = 8;

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final SimulatorSettings settings;
    private final Map<WorkspaceId, byte[]> secrets;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(PATIENCE)
            .build();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final AtomicLong taken = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong outOfOrder = new AtomicLong();

    Callbacks(SimulatorSettings settings, Map<WorkspaceId, byte[]> secrets, Clock clock) {
        this.settings = settings;
        this.secrets = Map.copyOf(secrets);
        this.clock = clock;
    }

    /** Calls back what became of an accepted message, after a delay drawn from {@code random}. */
    void schedule(String deliveryId, String workspace, String vendorId, boolean bounced, SplittableRandom random) {
        Instant sentAt = clock.instant();
        CallbackReceipt last = new CallbackReceipt(
                deliveryId,
                bounced ? "FAILED" : "DELIVERED",
                vendorId,
                bounced ? "bounced: the simulated recipient's mailbox does not exist" : null,
                sentAt.toString());
        long delay = random.nextLong(settings.callbackDelay().toMillis() + 1);
        later(workspace, last, delay, 1);
        if (settings.flaky() && random.nextDouble() < 0.3) {
            duplicates.incrementAndGet();
            later(workspace, last, delay + random.nextLong(200), 1);
        }
        if (settings.flaky() && random.nextDouble() < 0.3) {
            outOfOrder.incrementAndGet();
            CallbackReceipt older = new CallbackReceipt(deliveryId, "SENT", vendorId, null, sentAt.toString());
            later(workspace, older, delay + random.nextLong(200), 1);
        }
    }

    Map<String, Long> figures() {
        return Map.of(
                "callbacksTaken", taken.get(),
                "callbacksRefused", refused.get(),
                "duplicateCallbacks", duplicates.get(),
                "outOfOrderCallbacks", outOfOrder.get());
    }

    private void later(String workspace, CallbackReceipt receipt, long millis, int attempt) {
        timer.schedule(() -> post(workspace, receipt, attempt), millis, TimeUnit.MILLISECONDS);
    }

    private void post(String workspace, CallbackReceipt receipt, int attempt) {
        Optional<byte[]> secret = secrets.entrySet().stream()
                .filter(entry -> entry.getKey().value().equals(workspace))
                .map(Map.Entry::getValue)
                .findFirst();
        if (secret.isEmpty()) {
            refused.incrementAndGet();
            LOG.log(
                    System.Logger.Level.WARNING,
                    "No vendor secret for workspace " + workspace + ": receipt of " + receipt.deliveryId()
                            + " not called back");
            return;
        }
        byte[] body = json(new Callback(List.of(receipt)));
        HttpRequest request = HttpRequest.newBuilder(settings.callbackUrl())
                .timeout(PATIENCE)
                .header("Content-Type", "application/json")
                .header(ReceiptSignatures.WORKSPACE_HEADER, workspace)
                .header(ReceiptSignatures.HEADER, ReceiptSignatures.sign(secret.get(), clock.instant(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                taken.incrementAndGet();
            } else if (failure == null && response.statusCode() / 100 == 4) {
                refused.incrementAndGet();
                LOG.log(
                        System.Logger.Level.WARNING,
                        "The service refused a callback (" + response.statusCode() + "): " + response.body());
            } else if (attempt < TRIES) {
                later(workspace, receipt, 250L << (attempt - 1), attempt + 1);
            } else {
                refused.incrementAndGet();
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Gave up calling back the receipt of " + receipt.deliveryId() + ": "
                                + (failure == null ? response.statusCode() + " " + response.body() : failure));
            }
        });
    }

    private static byte[] json(Callback callback) {
        try {
            return VendorApi.MAPPER.writeValueAsBytes(callback);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
