package io.minicrm.application.port.in;

import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.customer.Customer;

/** A campaign's message as one customer would get it, before anything is saved or sent. */
public record MessageSample(Customer customer, Optional<String> subject, String body) {

    public MessageSample {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
