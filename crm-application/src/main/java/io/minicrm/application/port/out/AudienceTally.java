package io.minicrm.application.port.out;

import java.util.List;
import java.util.Objects;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.RuleTally.NodeCount;

/** A rule's counts, node by node, and the first customers of its audience in id order. */
public record AudienceTally(NodeCount counts, List<Customer> sample) {
    public AudienceTally {
        Objects.requireNonNull(counts, "counts");
        sample = List.copyOf(sample);
    }
}
