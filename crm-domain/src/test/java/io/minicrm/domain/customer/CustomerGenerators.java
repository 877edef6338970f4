package io.minicrm.domain.customer;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Customers of the default workspace spending in INR, with values from small domains, missing values, custom
 * attributes of the wrong type, and times around {@link #CLOCK}'s today, some right at midnight in its time zone.
 */
public final class CustomerGenerators {

    /** Noon of 2026-11-24 in Asia/Kolkata. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:30:00Z"), ZoneId.of("Asia/Kolkata"));

    private static final Currency INR = Currency.getInstance("INR");
    private static final Instant CENTRE = Instant.parse("2026-11-24T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(CLOCK.instant(), CLOCK.getZone());
    private static final int DAYS_AROUND = 90;
    private static final int MAX_ORDERS = 4;

    private static final List<String> EMAILS = List.of("asha@example.com", "ravi@shop.in", "anand.k@example.org");
    private static final List<String> NAMES = List.of("Asha Rao", "Ravi", "Anand Kumar", "Zoë", " ");
    private static final List<String> PHONES = List.of("+91 98200 00000", "98200 11111");
    private static final List<String> CITIES = List.of("Pune", "Delhi", "Mumbai", "pune", "Bengaluru");
    private static final List<String> TAGS = List.of("vip", "new", "churned", "Gold ");
    private static final List<String> AMOUNTS = List.of("0", "0.5", "49.50", "99.99", "100", "150.25");
    private static final List<String> PLANS = List.of("gold", "free", "Gold");

    private CustomerGenerators() {}

    public static Gen<Customer> customers() {
        return integers()
                .between(1, 9_999)
                .zip(
                        Generate.pick(EMAILS),
                        profiles(),
                        purchases(),
                        instants(),
                        (number, email, profile, purchases, createdAt) -> new Customer(
                                WorkspaceId.DEFAULT,
                                new CustomerId("c-" + number),
                                new Email(email),
                                profile,
                                purchases,
                                createdAt,
                                purchases
                                        .lastOrderAt()
                                        .filter(createdAt::isBefore)
                                        .orElse(createdAt)));
    }

    private static Gen<Profile> profiles() {
        return optional(NAMES).zip(optional(PHONES), optional(CITIES), tags(), attributes(), Profile::new);
    }

    private static Gen<Optional<String>> optional(List<String> values) {
        return Generate.pick(values).toOptionals(30);
    }

    private static Gen<Set<String>> tags() {
        return lists().of(Generate.pick(TAGS)).ofSizeBetween(0, 3).map(Set::copyOf);
    }

    private static Gen<Map<String, AttributeValue>> attributes() {
        Gen<Map<String, AttributeValue>> plan = attribute(
                "plan", Generate.pick(PLANS).map(AttributeValue.Text::new), new AttributeValue.Decimal(BigDecimal.ONE));
        Gen<Map<String, AttributeValue>> score = attribute(
                "score",
                integers().between(-5, 100).map(n -> new AttributeValue.Decimal(BigDecimal.valueOf(n))),
                new AttributeValue.Text("7"));
        Gen<Map<String, AttributeValue>> vip =
                attribute("vip", Generate.booleans().map(AttributeValue.Flag::new), new AttributeValue.Text("true"));
        Gen<Map<String, AttributeValue>> renewal = attribute(
                "renewal_at", instants().map(AttributeValue.Moment::new), new AttributeValue.Text("2026-11-24"));
        return plan.zip(
                score,
                vip,
                renewal,
                (a, b, c, d) -> Stream.of(a, b, c, d)
                        .flatMap(attribute -> attribute.entrySet().stream())
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The attribute absent, of its declared type, or of another type (which rules must treat as absent). */
    private static Gen<Map<String, AttributeValue>> attribute(
            String name, Gen<? extends AttributeValue> declared, AttributeValue wrong) {
        return Generate.frequency(List.of(
                Pair.of(1, Generate.<Map<String, AttributeValue>>constant(Map.of())),
                Pair.of(3, declared.<Map<String, AttributeValue>>map(value -> Map.of(name, value))),
                Pair.of(1, Generate.<Map<String, AttributeValue>>constant(Map.of(name, wrong)))));
    }

    private static Gen<PurchaseHistory> purchases() {
        Gen<Money> amounts = Generate.pick(AMOUNTS).map(amount -> new Money(new BigDecimal(amount), INR));
        return lists().of(amounts.zip(instants(), Pair::of))
                .ofSizeBetween(0, MAX_ORDERS)
                .map(CustomerGenerators::history);
    }

    private static PurchaseHistory history(List<Pair<Money, Instant>> orders) {
        Money total = orders.stream().map(order -> order._1).reduce(Money.zero(INR), Money::plus);
        List<Instant> times = orders.stream().map(order -> order._2).toList();
        Set<OrderId> ids = IntStream.rangeClosed(1, orders.size())
                .mapToObj(n -> new OrderId("o-" + n))
                .collect(Collectors.toSet());
        return new PurchaseHistory(
                total,
                orders.size(),
                times.stream().min(Comparator.naturalOrder()),
                times.stream().max(Comparator.naturalOrder()),
                ids);
    }

    /** Any time within 90 days of today, or a midnight in the clock's zone (or the instant before it). */
    private static Gen<Instant> instants() {
        long seconds = Duration.ofDays(DAYS_AROUND).toSeconds();
        Gen<Instant> anyTime = longs().between(-seconds, seconds).map(CENTRE::plusSeconds);
        Gen<Instant> midnight = integers()
                .between(-DAYS_AROUND, DAYS_AROUND)
                .map(days -> TODAY.plusDays(days).atStartOfDay(CLOCK.getZone()).toInstant())
                .zip(Generate.pick(List.of(0L, 1L)), Instant::minusNanos);
        return anyTime.mix(midnight, 25);
    }
}
