package io.minicrm.domain.segment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;

/** A reproducible population of customers with the spread of a real shop's: spend, visits, cities, tags, dates. */
public final class SyntheticCustomers {

    private static final Currency INR = Currency.getInstance("INR");
    private static final String[] CITIES = {
        "Pune", "Mumbai", "Delhi", "Bengaluru", "Chennai", "Kolkata", "Jaipur", "Surat"
    };
    private static final String[] TAGS = {"vip", "churned", "new", "newsletter", "wholesale"};

    private SyntheticCustomers() {}

    public static Customer[] generate(int count, Instant now, long seed) {
        Random random = new Random(seed);
        Customer[] customers = new Customer[count];
        for (int i = 0; i < count; i++) {
            customers[i] = customer(i, now, random);
        }
        return customers;
    }

    private static Customer customer(int index, Instant now, Random random) {
        Instant created = now.minus(random.nextInt(730), ChronoUnit.DAYS).minusSeconds(random.nextInt(86_400));
        int orders = random.nextInt(10);
        Optional<Instant> lastOrder =
                orders == 0 ? Optional.empty() : Optional.of(now.minus(random.nextInt(365), ChronoUnit.DAYS));
        Optional<Instant> firstOrder = lastOrder.map(last -> last.minus(random.nextInt(365), ChronoUnit.DAYS));
        BigDecimal spend = orders == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(2_000_000), 2);
        Set<String> tags = new HashSet<>();
        for (String tag : TAGS) {
            if (random.nextInt(4) == 0) {
                tags.add(tag);
            }
        }
        Profile profile = new Profile(
                Optional.of("Customer " + index),
                Optional.empty(),
                Optional.of(CITIES[random.nextInt(CITIES.length)]),
                tags,
                Map.of());
        PurchaseHistory history = new PurchaseHistory(new Money(spend, INR), orders, firstOrder, lastOrder, Set.of());
        return new Customer(
                WorkspaceId.DEFAULT,
                new CustomerId("c" + index),
                new Email("customer" + index + "@example.com"),
                profile,
                history,
                created,
                created);
    }
}
