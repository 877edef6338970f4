package io.minicrm.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.segment.RulePath;
import io.minicrm.domain.shared.Problem;
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

    /**
     * Inserts each customer not stored and updates each stored one by id, in one batch, keeping the figures and creation
     * time of those stored (only {@link #applyOrder} changes figures); the caller guarantees distinct e-mails. Fails
     * with a {@code Conflict} when another customer has one of the e-mails.
     */
    default Mono<Void> saveAll(List<Customer> customers) {
        return saveImported(customers.stream().map(ImportedCustomer::created).toList())
                .map(Customer::email)
                .collectList()
                .flatMap(taken -> taken.isEmpty()
                        ? Mono.<Void>empty()
                        : CrmException.refuse(
                                new Problem.Conflict("e-mails already taken by other customers: " + taken)));
    }

    /**
     * Stores an import batch in one bulk write, each customer as {@link ImportedCustomer#over} says; the caller
     * guarantees distinct e-mails. Emits the customers it did not store because the batch must read them again: their
     * figures, which the batch changed, moved since it found them, or another customer took their e-mail meanwhile.
     */
    Flux<Customer> saveImported(List<ImportedCustomer> customers);

    /** Counts an order into its customer's figures, atomically and at most once; empty when the customer is unknown. */
    Mono<Customer> applyOrder(Order order, Instant now);

    Mono<Boolean> delete(WorkspaceId workspace, CustomerId id);

    Mono<Page<Customer>> list(WorkspaceId workspace, CustomerListing listing);

    /** The customers the query's rule matches, in id order. */
    Flux<Customer> audience(WorkspaceId workspace, AudienceQuery query);

    Mono<Long> countAudience(WorkspaceId workspace, AudienceQuery query);

    /** The first customers of the audience in id order, at most {@code size} of them. */
    default Mono<List<Customer>> sampleAudience(WorkspaceId workspace, AudienceQuery query, int size) {
        return audience(workspace, query).take(size).collectList();
    }

    /**
     * How many customers each node of the query's rule matches on its own, how many are left after each step of an
     * {@code all}, and the audience's {@linkplain #sampleAudience first customers}, all at the query's instant. This
     * default asks node by node; a store that can decide every node in one pass over its customers should.
     */
    default Mono<AudienceTally> tallyAudience(WorkspaceId workspace, AudienceQuery query, int sample) {
        return NodeByNode.tally(this, workspace, query, RulePath.ROOT)
                .zipWith(sampleAudience(workspace, query, sample), AudienceTally::new);
    }

    Mono<Long> count(WorkspaceId workspace);

    Mono<Long> countCreatedSince(WorkspaceId workspace, Instant since);
}
