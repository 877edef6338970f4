package io.minicrm.application.port.in;

import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Registering, changing, finding and removing a workspace's customers. Thread-safe: every method may be called from any
 * thread, concurrently; nothing happens until the returned {@code Mono} is subscribed.
 */
public interface Customers {

    /** Registers a new customer; a {@code Conflict} when the e-mail is already known. */
    Mono<Customer> create(WorkspaceId workspace, CustomerDraft draft);

    /** Registers the customer, or updates the profile of the one with the same e-mail. */
    Mono<Upserted<Customer>> upsert(WorkspaceId workspace, CustomerDraft draft);

    /** Replaces a customer's e-mail and profile; a {@code NotFound} when there is no such customer. */
    Mono<Customer> update(WorkspaceId workspace, CustomerId id, CustomerDraft draft);

    Mono<Customer> get(WorkspaceId workspace, CustomerId id);

    Mono<Page<Customer>> list(WorkspaceId workspace, CustomerListing listing);

    /** Removes a customer; a {@code NotFound} when there is no such customer. */
    Mono<Void> delete(WorkspaceId workspace, CustomerId id);
}
