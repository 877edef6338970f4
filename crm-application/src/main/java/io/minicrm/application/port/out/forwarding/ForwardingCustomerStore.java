package io.minicrm.application.port.out.forwarding;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.AudienceTally;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.ImportedCustomer;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A customer store that passes every call, {@link #saveAll} included, to another; a decorator overrides what it changes. */
public abstract class ForwardingCustomerStore implements CustomerStore {

    private final CustomerStore delegate;

    protected ForwardingCustomerStore(CustomerStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The store every call is passed to. */
    protected final CustomerStore delegate() {
        return delegate;
    }

    @Override
    public Mono<Customer> findById(WorkspaceId workspace, CustomerId id) {
        return delegate.findById(workspace, id);
    }

    @Override
    public Mono<Customer> findByEmail(WorkspaceId workspace, Email email) {
        return delegate.findByEmail(workspace, email);
    }

    @Override
    public Flux<Customer> findByEmails(WorkspaceId workspace, Collection<Email> emails) {
        return delegate.findByEmails(workspace, emails);
    }

    @Override
    public Mono<Customer> insert(Customer customer) {
        return delegate.insert(customer);
    }

    @Override
    public Mono<Customer> replace(Customer customer) {
        return delegate.replace(customer);
    }

    @Override
    public Mono<Void> saveAll(List<Customer> customers) {
        return delegate.saveAll(customers);
    }

    @Override
    public Flux<Customer> saveImported(List<ImportedCustomer> customers) {
        return delegate.saveImported(customers);
    }

    @Override
    public Mono<Customer> applyOrder(Order order, Instant now) {
        return delegate.applyOrder(order, now);
    }

    @Override
    public Mono<Boolean> delete(WorkspaceId workspace, CustomerId id) {
        return delegate.delete(workspace, id);
    }

    @Override
    public Mono<Page<Customer>> list(WorkspaceId workspace, CustomerListing listing) {
        return delegate.list(workspace, listing);
    }

    @Override
    public Flux<Customer> audience(WorkspaceId workspace, AudienceQuery query) {
        return delegate.audience(workspace, query);
    }

    @Override
    public Mono<Long> countAudience(WorkspaceId workspace, AudienceQuery query) {
        return delegate.countAudience(workspace, query);
    }

    @Override
    public Mono<List<Customer>> sampleAudience(WorkspaceId workspace, AudienceQuery query, int size) {
        return delegate.sampleAudience(workspace, query, size);
    }

    @Override
    public Mono<AudienceTally> tallyAudience(WorkspaceId workspace, AudienceQuery query, int sample) {
        return delegate.tallyAudience(workspace, query, sample);
    }

    @Override
    public Mono<Long> count(WorkspaceId workspace) {
        return delegate.count(workspace);
    }

    @Override
    public Mono<Long> countCreatedSince(WorkspaceId workspace, Instant since) {
        return delegate.countCreatedSince(workspace, since);
    }
}
