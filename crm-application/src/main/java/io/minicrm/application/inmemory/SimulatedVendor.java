package io.minicrm.application.inmemory;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.publisher.Mono;

/**
 * A message vendor that sends nothing: it accepts about nine messages in ten and rejects the rest, decided by its seed
 * and the delivery alone, and keeps a ledger keyed by delivery id, so a delivery sent again gets its first answer and
 * never a second message.
 */
public final class SimulatedVendor implements MessageChannel {

    private static final Optional<String> REJECTED = Optional.of("rejected by the simulated vendor");

    private final Settings settings;
    private final Clock clock;
    private final Map<DeliveryId, Entry> ledger = new ConcurrentHashMap<>();

    public SimulatedVendor(Clock clock) {
        this(Settings.DEFAULT, clock);
    }

    public SimulatedVendor(Settings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * How the vendor behaves: the share of messages it rejects, the share of calls it cannot be reached for (an error
     * signal, decided afresh for each attempt of a delivery) and how long it takes to answer.
     */
    public record Settings(long seed, double failureRate, double outageRate, Duration latency) {

        public static final Settings DEFAULT = new Settings(0, 0.1, 0, Duration.ZERO);

        public Settings {
            if (!(failureRate >= 0 && failureRate <= 1) || !(outageRate >= 0 && outageRate <= 1)) {
                throw new IllegalArgumentException(
                        "rates are between 0 and 1, not " + failureRate + " and " + outageRate);
            }
            if (latency.isNegative()) {
                throw new IllegalArgumentException("a latency cannot be negative: " + latency);
            }
        }
    }

    @Override
    public Mono<Receipt> send(Delivery delivery) {
        Mono<Receipt> answer = Mono.fromSupplier(() -> answer(delivery));
        return settings.latency().isZero() ? answer : answer.delayElement(settings.latency());
    }

    /** How many messages each recipient address was sent; rejected messages are not sent. */
    public Map<String, Long> messagesPerRecipient() {
        return ledger.values().stream()
                .filter(entry -> entry.receipt().status() == DeliveryStatus.SENT)
                .collect(Collectors.groupingBy(Entry::recipient, Collectors.counting()));
    }

    /** The vendor's answer for every delivery it was given, sent or rejected. */
    public Map<DeliveryId, Receipt> ledger() {
        return ledger.values().stream()
                .map(Entry::receipt)
                .collect(Collectors.toUnmodifiableMap(Receipt::delivery, Function.identity()));
    }

    private Receipt answer(Delivery delivery) {
        Entry known = ledger.get(delivery.id());
        if (known != null) {
            return known.receipt();
        }
        if (random(delivery.id(), delivery.attempts()).nextDouble() < settings.outageRate()) {
            throw new IllegalStateException("the simulated vendor cannot be reached");
        }
        return ledger.computeIfAbsent(delivery.id(), id -> new Entry(delivery.recipient(), decide(id)))
                .receipt();
    }

    private Receipt decide(DeliveryId id) {
        SplittableRandom random = random(id, 0);
        boolean rejected = random.nextDouble() < settings.failureRate();
        Optional<String> vendorId = Optional.of("sim-" + Long.toUnsignedString(random.nextLong(), 36));
        return new Receipt(
                id,
                rejected ? DeliveryStatus.FAILED : DeliveryStatus.SENT,
                vendorId,
                rejected ? REJECTED : Optional.empty(),
                clock.instant());
    }

    // Derived from the delivery rather than drawn in turn, so the outcome does not depend on which sender asks first.
    private SplittableRandom random(DeliveryId id, int attempt) {
        return new SplittableRandom(
                settings.seed() ^ (id.value().hashCode() * 0x9E3779B97F4A7C15L) ^ ((long) attempt << 32));
    }

    private record Entry(String recipient, Receipt receipt) {}
}
