package io.minicrm.adapter.vendor;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated vendor behaves: its port (0 for any free one), where it calls back, its seed, the share of sends it
 * rejects, the share of accepted ones it reports FAILED (bounced) rather than DELIVERED, how long it takes to answer,
 * the longest it waits before calling back, and whether it is flaky: then one send in twenty answers 500 and
 * one in twenty stalls past a client's patience, and some receipts are called back twice or followed by an older one.
 */
public record SimulatorSettings(
        int port,
        URI callbackUrl,
        long seed,
        double failureRate,
        double bounceRate,
        Duration latency,
        Duration callbackDelay,
        boolean flaky) {

    /** How long a flaky send stalls before it answers: longer than a client should wait. */
    public static final Duration STALL = Duration.ofSeconds(5);

    public SimulatorSettings {
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("a port is between 0 and 65535, not " + port);
        }
        if (!(failureRate >= 0 && failureRate <= 1) || !(bounceRate >= 0 && bounceRate <= 1)) {
            throw new IllegalArgumentException("rates are between 0 and 1, not " + failureRate + " and " + bounceRate);
        }
        if (latency.isNegative() || callbackDelay.isNegative()) {
            throw new IllegalArgumentException("delays cannot be negative: " + latency + ", " + callbackDelay);
        }
    }
}
