package io.minicrm.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import io.minicrm.domain.customer.Customer;

/** The customers with the smallest ids among those offered, at most a given number, without sorting them all. */
final class FirstById {

    static final Comparator<Customer> BY_ID =
            Comparator.comparing(customer -> customer.id().value());

    private final int size;
    // The largest kept id on top, so that a smaller one replaces it.
    private final PriorityQueue<Customer> kept = new PriorityQueue<>(BY_ID.reversed());

    FirstById(int size) {
        this.size = size;
    }

    void offer(Customer customer) {
        if (kept.size() < size) {
            kept.add(customer);
        } else if (size > 0 && BY_ID.compare(customer, kept.element()) < 0) {
            kept.remove();
            kept.add(customer);
        }
    }

    void offerAll(FirstById other) {
        other.kept.forEach(this::offer);
    }

    List<Customer> inOrder() {
        return kept.stream().sorted(BY_ID).toList();
    }
}
