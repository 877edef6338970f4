package io.minicrm.application.service;

import io.minicrm.application.CrmException;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.in.Upserted;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerCreated;
import io.minicrm.domain.customer.CustomerDeleted;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.CustomerUpdated;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Registers, changes and removes customers, telling listeners once each change is stored. */
public final class CustomerService implements Customers {

    private final CustomerStore customers;
    private final EventPublisher events;
    private final CrmSettings settings;

    public CustomerService(CustomerStore customers, EventPublisher events, CrmSettings settings) {
        this.customers = customers;
        this.events = events;
        this.settings = settings;
    }

    @Override
    public Mono<Customer> create(WorkspaceId workspace, CustomerDraft draft) {
        return checked(draft).flatMap(valid -> register(workspace, valid));
    }

    @Override
    public Mono<Upserted<Customer>> upsert(WorkspaceId workspace, CustomerDraft draft) {
        return checked(draft)
                .flatMap(valid -> customers
                        .findByEmail(workspace, valid.email())
                        .flatMap(existing -> change(existing, valid).map(changed -> new Upserted<>(changed, false)))
                        .switchIfEmpty(Mono.defer(
                                () -> register(workspace, valid).map(created -> new Upserted<>(created, true))))
                        // Two callers may register the same new address at once: the one that loses updates instead.
                        .onErrorResume(
                                CrmException.class,
                                conflict -> conflict.problem() instanceof Problem.Conflict
                                        ? customers
                                                .findByEmail(workspace, valid.email())
                                                .flatMap(existing -> change(existing, valid))
                                                .map(changed -> new Upserted<>(changed, false))
                                        : Mono.error(conflict)));
    }

    @Override
    public Mono<Customer> update(WorkspaceId workspace, CustomerId id, CustomerDraft draft) {
        return checked(draft)
                .flatMap(valid -> customers
                        .findById(workspace, id)
                        .switchIfEmpty(CrmException.notFound("customer", id))
                        .flatMap(existing -> change(existing, valid)));
    }

    @Override
    public Mono<Customer> get(WorkspaceId workspace, CustomerId id) {
        return customers.findById(workspace, id);
    }

    @Override
    public Mono<Page<Customer>> list(WorkspaceId workspace, CustomerListing listing) {
        return customers.list(workspace, listing);
    }

    @Override
    public Mono<Void> delete(WorkspaceId workspace, CustomerId id) {
        return customers
                .delete(workspace, id)
                .flatMap(deleted -> deleted
                        ? events.publish(new CustomerDeleted(
                                workspace, id, settings.clock().instant()))
                        : CrmException.notFound("customer", id));
    }

    private Mono<Customer> register(WorkspaceId workspace, ValidDraft draft) {
        Customer customer = Customer.register(
                workspace,
                new CustomerId(settings.ids().next()),
                draft.email(),
                draft.profile(),
                settings.currency(),
                settings.clock().instant());
        return customers
                .insert(customer)
                .flatMap(stored -> events.publish(
                                new CustomerCreated(stored, settings.clock().instant()))
                        .thenReturn(stored));
    }

    private Mono<Customer> change(Customer existing, ValidDraft draft) {
        Customer changed = existing.withEmail(draft.email(), settings.clock().instant())
                .withProfile(draft.profile(), settings.clock().instant());
        if (changed.equals(existing)) {
            return Mono.just(existing);
        }
        return customers
                .replace(changed)
                .switchIfEmpty(CrmException.notFound("customer", existing.id()))
                .flatMap(stored -> events.publish(
                                new CustomerUpdated(stored, settings.clock().instant()))
                        .thenReturn(stored));
    }

    private static Mono<ValidDraft> checked(CustomerDraft draft) {
        return CrmException.orRefuse(Email.parse("email", draft.email())
                .flatMap(email -> draft.profile().map(profile -> new ValidDraft(email, profile)))
                .mapLeft(Problem.class::cast));
    }

    private record ValidDraft(Email email, Profile profile) {}
}
