package io.minicrm.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps customers, one workspace apart from another; e-mail addresses are unique within a workspace. */
public interface CustomerStore {

    Mono<Customer> findById(WorkspaceId workspace, CustomerId id);

    Mono<Customer> findByEmail(WorkspaceId workspace, Email email);

    Flux<Customer> findByEmails(WorkspaceId workspace, Collection<Email> emails);

    /** Stores a new customer; fails with a {@code Conflict} when its id or e-mail is already taken. */
    Mono<Customer> insert(Customer customer);

    /**
     * Replaces a stored customer's e-mail and profile, keeping its stored figures (only {@link #applyOrder} changes
     * them); empty when none has its id, a {@code Conflict} when another has its e-mail.
     */
    Mono<Customer> replace(Customer customer);

    /** Inserts or replaces each customer by id in one batch; the caller guarantees distinct e-mails. */
    Mono<Void> saveAll(List<Customer> customers);

    /** Counts an order into its customer's figures, atomically and at most once; empty when the customer is unknown. */
    Mono<Customer> applyOrder(Order order, Instant now);

    Mono<Boolean> delete(WorkspaceId workspace, CustomerId id);

    Mono<Page<Customer>> list(WorkspaceId workspace, CustomerListing listing);

    /** The customers the query's rule matches, in id order. */
    Flux<Customer> audience(WorkspaceId workspace, AudienceQuery query);

    Mono<Long> countAudience(WorkspaceId workspace, AudienceQuery query);

    Mono<Long> count(WorkspaceId workspace);

    Mono<Long> countCreatedSince(WorkspaceId workspace, Instant since);
}
