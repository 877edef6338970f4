package io.minicrm.application.inmemory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.function.Supplier;

import io.minicrm.domain.customer.Customer;
import org.jspecify.annotations.Nullable;

/**
 * The place of one stored customer: it keeps its place in the table's order of arrival while the customer in it is
 * replaced, and is emptied when the customer is deleted. A row loaded from a copy kept elsewhere holds how to read its
 * customer until someone first asks for it, so that a start needs only each customer's keys.
 */
final class CustomerRow {

    private static final VarHandle HELD;

    static {
        try {
            HELD = MethodHandles.lookup().findVarHandle(CustomerRow.class, "held", Object.class);
        } catch (ReflectiveOperationException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    // The customer; or, loaded and not asked for yet, a Supplier reading it; null once deleted.
    private volatile @Nullable Object held;

    CustomerRow(Customer customer) {
        this.held = customer;
    }

    CustomerRow(Supplier<Customer> unread) {
        this.held = unread;
    }

    /** The customer as stored now, read first if it has not been yet; null once deleted. */
    @Nullable
    Customer customer() {
        Object current = held;
        while (current instanceof Supplier<?> unread) {
            Customer read = (Customer) unread.get();
            // A writer may have replaced or emptied the row while it was read: what the writer left wins.
            if (HELD.compareAndSet(this, current, read)) {
                return read;
            }
            current = held;
        }
        return (Customer) current;
    }

    /** The customer of a row its table still holds, which is never empty. */
    Customer stored() {
        return Objects.requireNonNull(customer(), "a deleted customer's row is out of its table");
    }

    void set(Customer changed) {
        held = changed;
    }

    /** Empties the row, giving back the customer it held. */
    Customer empty() {
        Customer stored = stored();
        held = null;
        return stored;
    }

    boolean isEmpty() {
        return held == null;
    }
}
