package io.minicrm.application.inmemory;

import java.util.Objects;

import io.minicrm.domain.customer.Customer;
import org.jspecify.annotations.Nullable;

/**
 * The place of one stored customer: it keeps its place in the table's order of arrival while the customer in it is
 * replaced, and is emptied when the customer is deleted.
 */
final class CustomerRow {

    private volatile @Nullable Customer customer;

    CustomerRow(Customer customer) {
        this.customer = customer;
    }

    /** The customer as stored now; null once deleted. */
    @Nullable
    Customer customer() {
        return customer;
    }

    /** The customer of a row its table still holds, which is never empty. */
    Customer stored() {
        return Objects.requireNonNull(customer, "a deleted customer's row is out of its table");
    }

    void set(Customer changed) {
        customer = changed;
    }

    /** Empties the row, giving back the customer it held. */
    Customer empty() {
        Customer held = stored();
        customer = null;
        return held;
    }

    boolean isEmpty() {
        return customer == null;
    }
}
