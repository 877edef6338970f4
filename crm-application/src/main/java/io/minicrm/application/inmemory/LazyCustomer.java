package io.minicrm.application.inmemory;

import java.time.Instant;
import java.util.function.Supplier;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * A customer kept elsewhere, known by the keys the store indexes and its creation time (which listings sort by), and
 * read in full only when first asked for: {@code read} must give the customer with these keys and that time, and may
 * be called from several threads.
 */
public record LazyCustomer(
        WorkspaceId workspace, CustomerId id, Email email, Instant createdAt, Supplier<Customer> read) {}
