package io.minicrm.adapter.embedded;

import java.time.Instant;
import java.util.List;

import io.minicrm.adapter.embedded.Table.Touched;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.port.out.ImportedCustomer;
import io.minicrm.application.port.out.forwarding.ForwardingCustomerStore;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps customers in the embedded file; the in-memory store it loaded at start answers every read, audiences
 * included, with the domain's evaluator.
 */
public final class EmbeddedCustomerStore extends ForwardingCustomerStore {

    private final Table<Customer> table;

    EmbeddedCustomerStore(InMemoryCustomerStore memory, Table<Customer> table) {
        super(memory);
        this.table = table;
    }

    @Override
    public Mono<Customer> insert(Customer customer) {
        return table.write(delegate().insert(customer), result -> touched(customer.workspace(), customer.id()));
    }

    @Override
    public Mono<Customer> replace(Customer customer) {
        return table.write(delegate().replace(customer), result -> touched(customer.workspace(), customer.id()));
    }

    @Override
    public Mono<Void> saveAll(List<Customer> customers) {
        return table.write(
                delegate().saveAll(customers),
                result -> customers.stream()
                        .map(customer -> entry(customer.workspace(), customer.id()))
                        .toList());
    }

    @Override
    public Flux<Customer> saveImported(List<ImportedCustomer> customers) {
        return table.writeAll(
                delegate().saveImported(customers),
                result -> customers.stream()
                        .map(imported -> entry(
                                imported.customer().workspace(),
                                imported.customer().id()))
                        .toList());
    }

    @Override
    public Mono<Customer> applyOrder(Order order, Instant now) {
        return table.write(delegate().applyOrder(order, now), result -> touched(order.workspace(), order.customer()));
    }

    @Override
    public Mono<Boolean> delete(WorkspaceId workspace, CustomerId id) {
        return table.write(delegate().delete(workspace, id), result -> touched(workspace, id));
    }

    private List<Touched<Customer>> touched(WorkspaceId workspace, CustomerId id) {
        return List.of(entry(workspace, id));
    }

    private Touched<Customer> entry(WorkspaceId workspace, CustomerId id) {
        return new Touched<>(Table.key(workspace, id.value()), delegate().findById(workspace, id));
    }
}
