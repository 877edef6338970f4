package io.minicrm.application.inmemory;

import java.util.function.Supplier;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * A customer kept elsewhere, known by the keys the store indexes, and read in full only when first asked for:
 * {@code read} must give the customer with these keys, and may be called from several threads.
 */
public record LazyCustomer(WorkspaceId workspace, CustomerId id, Email email, Supplier<Customer> read) {}
