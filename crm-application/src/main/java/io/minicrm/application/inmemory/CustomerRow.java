package io.minicrm.application.inmemory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
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

    private final CustomerId id;
    // Kept beside the customer, so that a listing by creation time reads only the customers on its page.
    private volatile Instant createdAt;
    // The customer; or, loaded and not asked for yet, a Supplier reading it; null once deleted.
    private volatile @Nullable Object held;

    CustomerRow(Customer customer) {
        this.id = customer.id();
        this.createdAt = customer.createdAt();
        this.held = customer;
    }

    CustomerRow(LazyCustomer unread) {
        this.id = unread.id();
        this.createdAt = unread.createdAt();
        this.held = unread.read();
    }

    CustomerId id() {
        return id;
    }

    /** When the customer in the row was created, without reading it. */
    Instant createdAt() {
        return createdAt;
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
        createdAt = changed.createdAt();
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
