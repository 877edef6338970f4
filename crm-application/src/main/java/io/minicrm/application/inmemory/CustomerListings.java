package io.minicrm.application.inmemory;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;

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
        return order(listing, listing.sort()::keyOf, Customer::id);
    }

    /** The customers strictly after the listing's cursor in its order, or every customer when it has none. */
    static Predicate<Customer> afterCursor(CustomerListing listing) {
        return afterCursor(listing, listing.sort()::keyOf, Customer::id);
    }

    /** The listing's order over anything that has the sort field's value and a customer's id, rows as customers. */
    static <T> Comparator<T> order(
            CustomerListing listing, Function<T, Optional<Object>> key, Function<T, CustomerId> id) {
        Comparator<T> ascending = comparing(key, keyOrder(listing.sort()))
                .thenComparing(item -> id.apply(item).value());
        return listing.descending() ? ascending.reversed() : ascending;
    }

    static <T> Predicate<T> afterCursor(
            CustomerListing listing, Function<T, Optional<Object>> key, Function<T, CustomerId> id) {
        return listing.after()
                .<Predicate<T>>map(after -> {
                    Comparator<Optional<Object>> keys = keyOrder(listing.sort());
                    return item -> {
                        int byKey = keys.compare(key.apply(item), after.value());
                        int position = byKey != 0
                                ? byKey
                                : id.apply(item).value().compareTo(after.id().value());
                        return listing.descending() ? position < 0 : position > 0;
                    };
                })
                .orElse(item -> true);
    }

    @SuppressWarnings("unchecked")
    private static Comparator<Optional<Object>> keyOrder(CustomerListing.Sort sort) {
        Comparator<Object> present = sort == CustomerListing.Sort.NAME
                ? (Comparator<Object>) (Comparator<?>) String.CASE_INSENSITIVE_ORDER
                : (Comparator<Object>) (Comparator<?>) naturalOrder();
        return comparing(value -> value.orElse(null), nullsFirst(present));
    }

    /** E-mail addresses are kept in lower case already. */
    private static Predicate<Customer> containing(String needle) {
        return customer -> customer.email().value().contains(needle)
                || customer.profile()
                        .name()
                        .map(name -> name.toLowerCase(Locale.ROOT).contains(needle))
                        .orElse(false);
    }
}
