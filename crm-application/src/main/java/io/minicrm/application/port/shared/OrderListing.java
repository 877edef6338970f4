package io.minicrm.application.port.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.customer.CustomerId;

/** Which orders to list: optionally one customer's, optionally placed in [from, until), newest first. */
public record OrderListing(
        Optional<CustomerId> customer, Optional<Instant> from, Optional<Instant> until, PageRequest page) {

    public OrderListing {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(page, "page");
    }
}
