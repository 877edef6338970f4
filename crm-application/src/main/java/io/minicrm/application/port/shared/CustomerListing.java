package io.minicrm.application.port.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;

/**
 * Which customers to list: those whose name or e-mail contains {@code search} (ignoring case), sorted by one field,
 * ties broken by id so that pages are stable, either a numbered page or the page right after a cursor.
 */
public record CustomerListing(
        Optional<String> search, Sort sort, boolean descending, PageRequest page, Optional<After> after) {

    public enum Sort {
        CREATED_AT(Instant.class, false),
        NAME(String.class, true),
        EMAIL(String.class, false),
        TOTAL_SPEND(BigDecimal.class, false),
        ORDER_COUNT(Integer.class, false),
        LAST_ORDER_AT(Instant.class, true);

        private final Class<?> type;
        private final boolean mayBeAbsent;

        Sort(Class<?> type, boolean mayBeAbsent) {
            this.type = type;
            this.mayBeAbsent = mayBeAbsent;
        }

        /** The customer's value of this field, absent for a customer without a name or without an order yet. */
        public Optional<Object> keyOf(Customer customer) {
            return switch (this) {
                case CREATED_AT -> Optional.of(customer.createdAt());
                case NAME -> customer.profile().name().map(Object.class::cast);
                case EMAIL -> Optional.of(customer.email().value());
                case TOTAL_SPEND ->
                    Optional.of(customer.purchases().totalSpend().amount());
                case ORDER_COUNT -> Optional.of(customer.purchases().orderCount());
                case LAST_ORDER_AT -> customer.purchases().lastOrderAt().map(Object.class::cast);
            };
        }

        public boolean mayBeAbsent() {
            return mayBeAbsent;
        }

        private boolean fits(Optional<Object> value) {
            return value.map(type::isInstance).orElse(mayBeAbsent);
        }
    }

    /** The last customer already shown: its value of the listing's sort field and its id. */
    public record After(Optional<Object> value, CustomerId id) {

        public After {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(id, "id");
        }

        public static After of(Sort sort, Customer customer) {
            return new After(sort.keyOf(customer), customer.id());
        }
    }

    public CustomerListing(Optional<String> search, Sort sort, boolean descending, PageRequest page) {
        this(search, sort, descending, page, Optional.empty());
    }

    public CustomerListing {
        search = search.map(String::strip).filter(text -> !text.isEmpty());
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(after, "after");
        if (after.isPresent() && page.page() != 0) {
            throw new IllegalArgumentException("a listing after a cursor starts right after it: page must be 0");
        }
        if (after.isPresent() && !sort.fits(after.get().value())) {
            throw new IllegalArgumentException("the cursor does not hold a " + sort + " value");
        }
    }
}
