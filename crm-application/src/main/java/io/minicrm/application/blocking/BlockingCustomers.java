package io.minicrm.application.blocking;

import java.util.Optional;

import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.in.Upserted;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.workspace.WorkspaceId;

/** {@link Customers} as plain calls; each throws what its {@code Mono} would signal. Thread-safe. */
public final class BlockingCustomers {

    private final Customers customers;
    private final Waiting waiting;

    BlockingCustomers(Customers customers, Waiting waiting) {
        this.customers = customers;
        this.waiting = waiting;
    }

    /** See {@link Customers#create}. */
    public Customer create(WorkspaceId workspace, CustomerDraft draft) {
        return waiting.value(customers.create(workspace, draft));
    }

    /** See {@link Customers#upsert}. */
    public Upserted<Customer> upsert(WorkspaceId workspace, CustomerDraft draft) {
        return waiting.value(customers.upsert(workspace, draft));
    }

    /** See {@link Customers#update}. */
    public Customer update(WorkspaceId workspace, CustomerId id, CustomerDraft draft) {
        return waiting.value(customers.update(workspace, id, draft));
    }

    /** Empty when the workspace has no such customer. */
    public Optional<Customer> get(WorkspaceId workspace, CustomerId id) {
        return waiting.optional(customers.get(workspace, id));
    }

    public Page<Customer> list(WorkspaceId workspace, CustomerListing listing) {
        return waiting.value(customers.list(workspace, listing));
    }

    /** See {@link Customers#delete}. */
    public void delete(WorkspaceId workspace, CustomerId id) {
        waiting.done(customers.delete(workspace, id));
    }
}
