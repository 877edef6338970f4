package io.minicrm.application.assistant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.minicrm.application.assistant.Lookalikes.Difference;
import io.minicrm.domain.customer.Customer;

/**
 * Field statistics of a seed group against the rest: medians of spend, orders and days since the last order, and the
 * shares of cities and tags. A field counts as a difference when the seed's figure is at least 1.5 times the rest's
 * (or, for recency, a third shorter), or a city or tag is held by at least 40% of the seed and twice the rest's share.
 */
final class Differences {

    private static final double RATIO = 1.5;
    private static final double SHARE = 0.4;

    record Groups(List<Customer> seed, List<Customer> rest) {}

    private Differences() {}

    static List<Difference> of(Groups groups, Instant now, ZoneId zone) {
        List<Difference> found = new ArrayList<>();
        higher(groups, c -> Optional.of(c.purchases().totalSpend().amount()), "total_spend", "median spend")
                .ifPresent(found::add);
        higher(groups, c -> Optional.of(BigDecimal.valueOf(c.purchases().orderCount())), "order_count", "median orders")
                .ifPresent(found::add);
        recency(groups, now, zone).ifPresent(found::add);
        share(groups, c -> c.profile().city().stream().toList(), "city").ifPresent(found::add);
        share(groups, c -> List.copyOf(c.profile().tags()), "tags").ifPresent(found::add);
        return found;
    }

    private static Optional<Difference> higher(
            Groups groups, Function<Customer, Optional<BigDecimal>> field, String name, String label) {
        Optional<BigDecimal> seed = median(groups.seed(), field);
        Optional<BigDecimal> rest = median(groups.rest(), field);
        if (seed.isEmpty() || rest.isEmpty() || seed.get().signum() <= 0) {
            return Optional.empty();
        }
        double ratio = rest.get().signum() == 0
                ? 10
                : seed.get().doubleValue() / rest.get().doubleValue();
        if (ratio < RATIO) {
            return Optional.empty();
        }
        // The bar is the seed's lower quartile, so that most of the seed would pass it.
        BigDecimal bar = quartile(groups.seed(), field).setScale(0, RoundingMode.FLOOR);
        return Optional.of(new Difference(
                name,
                name + " >= " + bar.toPlainString(),
                ratio,
                label + " " + seed.get().toPlainString() + " against "
                        + rest.get().toPlainString()));
    }

    private static Optional<Difference> recency(Groups groups, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Function<Customer, Optional<BigDecimal>> days = c -> c.purchases()
                .lastOrderAt()
                .map(at -> BigDecimal.valueOf(ChronoUnit.DAYS.between(LocalDate.ofInstant(at, zone), today)));
        Optional<BigDecimal> seed = median(groups.seed(), days);
        Optional<BigDecimal> rest = median(groups.rest(), days);
        if (seed.isEmpty() || rest.isEmpty() || rest.get().signum() == 0) {
            return Optional.empty();
        }
        double ratio = rest.get().doubleValue() / Math.max(1, seed.get().doubleValue());
        if (ratio < RATIO) {
            return Optional.empty();
        }
        BigDecimal window =
                upperQuartile(groups.seed(), days).max(BigDecimal.ONE).setScale(0, RoundingMode.CEILING);
        return Optional.of(new Difference(
                "last_order_at",
                "last_order_at within the last " + window.toPlainString() + " days",
                ratio,
                "median days since the last order " + seed.get().toPlainString() + " against "
                        + rest.get().toPlainString()));
    }

    private static Optional<Difference> share(Groups groups, Function<Customer, List<String>> values, String field) {
        Map<String, Long> inSeed = counts(groups.seed(), values);
        Map<String, Long> inRest = counts(groups.rest(), values);
        return inSeed.entrySet().stream()
                .filter(entry -> entry.getValue() >= SHARE * groups.seed().size())
                .map(entry -> {
                    double seedShare = entry.getValue() / (double) groups.seed().size();
                    double restShare = inRest.getOrDefault(entry.getKey(), 0L)
                            / (double) groups.rest().size();
                    double ratio = restShare == 0 ? 10 : seedShare / restShare;
                    String quoted = "\"" + entry.getKey().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                    String condition = field.equals("city") ? "city = " + quoted : "tags has any (" + quoted + ")";
                    return new Difference(
                            field,
                            condition,
                            ratio,
                            field + " " + entry.getKey() + " in " + percent(seedShare) + " of the seed against "
                                    + percent(restShare));
                })
                .filter(difference -> difference.strength() >= 2)
                .max(java.util.Comparator.comparingDouble(Difference::strength));
    }

    private static Map<String, Long> counts(Collection<Customer> customers, Function<Customer, List<String>> values) {
        return customers.stream()
                .flatMap(c -> values.apply(c).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Optional<BigDecimal> median(List<Customer> group, Function<Customer, Optional<BigDecimal>> field) {
        List<BigDecimal> sorted = sorted(group, field);
        return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(sorted.size() / 2));
    }

    private static BigDecimal quartile(List<Customer> group, Function<Customer, Optional<BigDecimal>> field) {
        List<BigDecimal> sorted = sorted(group, field);
        return sorted.get(sorted.size() / 4);
    }

    private static BigDecimal upperQuartile(List<Customer> group, Function<Customer, Optional<BigDecimal>> field) {
        List<BigDecimal> sorted = sorted(group, field);
        return sorted.get(sorted.size() * 3 / 4);
    }

    private static List<BigDecimal> sorted(List<Customer> group, Function<Customer, Optional<BigDecimal>> field) {
        return group.stream().flatMap(c -> field.apply(c).stream()).sorted().toList();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
