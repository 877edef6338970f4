package io.minicrm.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.customer.Customer;

/**
 * A customer as an import batch leaves it, and as the batch found it stored (empty when it found none). Saving it
 * writes the e-mail, profile and times the batch gives; the figures only when the batch changed them, and then only
 * over the very figures it found, so that an order counted in between is never written over.
 */
public record ImportedCustomer(Customer customer, Optional<Customer> found) {

    public ImportedCustomer {
        Objects.requireNonNull(customer, "customer");
        if (found.filter(stored -> !stored.workspace().equals(customer.workspace())
                        || !stored.id().equals(customer.id()))
                .isPresent()) {
            throw new IllegalArgumentException("customer " + customer.id() + " was found as another customer");
        }
    }

    /** A customer the batch found none of. */
    public static ImportedCustomer created(Customer customer) {
        return new ImportedCustomer(customer, Optional.empty());
    }

    /** Whether the batch changed the figures it found (a shop's own figures in the file); never for one it found none of. */
    public boolean changesFigures() {
        return found.filter(stored -> !stored.purchases().equals(customer.purchases()))
                .isPresent();
    }

    /**
     * The customer to store over {@code stored}: as given when none is stored; otherwise with the stored figures
     * unless the batch changed them, and with the stored creation time when the batch found none. Empty when the
     * batch changed figures that have moved since it found them: it must read the customer again.
     */
    public Optional<Customer> over(Optional<Customer> stored) {
        if (stored.isEmpty()) {
            return Optional.of(customer);
        }
        Customer current = stored.get();
        if (changesFigures() && !current.purchases().equals(found.get().purchases())) {
            return Optional.empty();
        }
        Instant updated =
                customer.updatedAt().isAfter(current.updatedAt()) ? customer.updatedAt() : current.updatedAt();
        return Optional.of(new Customer(
                customer.workspace(),
                customer.id(),
                customer.email(),
                customer.profile(),
                changesFigures() ? customer.purchases() : current.purchases(),
                found.isPresent() ? customer.createdAt() : current.createdAt(),
                updated));
    }
}
