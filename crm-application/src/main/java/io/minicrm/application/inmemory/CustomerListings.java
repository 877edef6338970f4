package io.minicrm.application.inmemory;

import static java.util.Comparator.comparing;
import static java.util.Comparator.comparingInt;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.domain.customer.Customer;

/**
 * What a customer listing keeps and in which order. Absent values (no name, no order yet) sort before every present
 * one, names compare ignoring case, ties go by id, and descending is exactly the reverse of ascending.
 */
final class CustomerListings {

    private CustomerListings() {}

    static Predicate<Customer> filter(CustomerListing listing) {
        return listing.search()
                .map(text -> containing(text.toLowerCase(Locale.ROOT)))
                .orElse(customer -> true);
    }

    static Comparator<Customer> order(CustomerListing listing) {
        Comparator<Customer> ascending =
                field(listing.sort()).thenComparing(customer -> customer.id().value());
        return listing.descending() ? ascending.reversed() : ascending;
    }

    private static Comparator<Customer> field(CustomerListing.Sort sort) {
        return switch (sort) {
            case CREATED_AT -> comparing(Customer::createdAt);
            case NAME -> comparing(customer -> customer.profile().name(), absentFirst(String.CASE_INSENSITIVE_ORDER));
            case EMAIL -> comparing(customer -> customer.email().value());
            case TOTAL_SPEND ->
                comparing(customer -> customer.purchases().totalSpend().amount());
            case ORDER_COUNT -> comparingInt(customer -> customer.purchases().orderCount());
            case LAST_ORDER_AT ->
                comparing(customer -> customer.purchases().lastOrderAt(), absentFirst(naturalOrder()));
        };
    }

    /** E-mail addresses are kept in lower case already. */
    private static Predicate<Customer> containing(String needle) {
        return customer -> customer.email().value().contains(needle)
                || customer.profile()
                        .name()
                        .map(name -> name.toLowerCase(Locale.ROOT).contains(needle))
                        .orElse(false);
    }

    private static <T> Comparator<Optional<T>> absentFirst(Comparator<? super T> order) {
        return comparing(value -> value.orElse(null), nullsFirst(order));
    }
}
