package io.minicrm.application.service;

import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import io.minicrm.application.CrmException;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.application.port.in.Orders;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.CustomerUpdated;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderCreated;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/** Records orders and counts each into its customer's figures exactly once. */
public final class OrderService implements Orders {

    private final OrderStore orders;
    private final CustomerStore customers;
    private final EventPublisher events;
    private final CrmSettings settings;

    public OrderService(OrderStore orders, CustomerStore customers, EventPublisher events, CrmSettings settings) {
        this.orders = orders;
        this.customers = customers;
        this.events = events;
        this.settings = settings;
    }

    @Override
    public Mono<Order> record(WorkspaceId workspace, OrderDraft draft) {
        return Mono.defer(() -> record(workspace, draft, settings.clock().instant()));
    }

    private Mono<Order> record(WorkspaceId workspace, OrderDraft draft, Instant now) {
        return CrmException.orRefuse(money(draft, settings.currency()))
                .zipWith(customerOf(workspace, draft))
                .flatMap(found -> checkedOrder(workspace, draft, found.getT1(), found.getT2(), now))
                .flatMap(order -> orders.insert(order)
                        .onErrorResume(
                                CrmException.class,
                                refused -> refused.problem() instanceof Problem.Conflict
                                        ? countStored(order, now).then(Mono.error(refused))
                                        : Mono.error(refused)))
                // The order is stored before it is counted, so a crash in between leaves it stored but uncounted.
                .flatMap(order -> count(order, now).thenReturn(order));
    }

    /**
     * Counts the stored order with the same external reference if its customer has not counted it: the same order
     * arriving again, after a crash between storing and counting it, so completes the figures before it is refused.
     */
    private Mono<Void> countStored(Order arrived, Instant now) {
        return Mono.justOrEmpty(arrived.externalRef())
                .flatMap(ref -> orders.findByExternalRef(arrived.workspace(), ref))
                .flatMap(stored -> customers
                        .findById(stored.workspace(), stored.customer())
                        .filter(customer -> !customer.purchases().hasCounted(stored.id()))
                        .flatMap(uncounted -> count(stored, now)));
    }

    /** Counts the order into its customer's figures (at most once, whoever else counts it) and tells listeners. */
    private Mono<Void> count(Order order, Instant now) {
        return customers
                .applyOrder(order, now)
                .flatMap(customer -> events.publish(new OrderCreated(order, now))
                        .then(events.publish(new CustomerUpdated(customer, now))));
    }

    @Override
    public Mono<Order> get(WorkspaceId workspace, OrderId id) {
        return orders.findById(workspace, id);
    }

    @Override
    public Mono<Page<Order>> list(WorkspaceId workspace, OrderListing listing) {
        return orders.list(workspace, listing);
    }

    private Mono<Customer> customerOf(WorkspaceId workspace, OrderDraft draft) {
        if (draft.customerId() == null || draft.customerId().isBlank()) {
            return CrmException.refuse(Problem.Invalid.of("customerId", "an order needs the id of its customer"));
        }
        return customers
                .findById(workspace, new CustomerId(draft.customerId().strip()))
                .switchIfEmpty(CrmException.refuse(
                        Problem.Invalid.of("customerId", "no customer has the id '" + draft.customerId() + "'")));
    }

    private Mono<Order> checkedOrder(
            WorkspaceId workspace, OrderDraft draft, Money amount, Customer customer, Instant now) {
        if (!amount.sameCurrencyAs(customer.purchases().totalSpend())) {
            return CrmException.refuse(Problem.Invalid.of(
                    "currency",
                    "this customer's spend is kept in "
                            + customer.purchases().totalSpend().currency() + ", not " + amount.currency()));
        }
        return CrmException.orRefuse(Order.place(
                workspace,
                new OrderId(settings.ids().next()),
                draft.externalRef(),
                customer.id(),
                amount,
                draft.items(),
                draft.placedAt().orElse(now)));
    }

    private static Either<Problem, Money> money(OrderDraft draft, Currency workspaceCurrency) {
        if (draft.amount() == null) {
            return Either.left(Problem.Invalid.of("amount", "an order needs an amount"));
        }
        Optional<String> outOfBounds = NumberLimits.check(draft.amount());
        if (outOfBounds.isPresent()) {
            return Either.left(Problem.Invalid.of("amount", outOfBounds.get()));
        }
        try {
            Currency currency = draft.currency()
                    .map(code -> Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)))
                    .orElse(workspaceCurrency);
            return Either.right(new Money(draft.amount(), currency));
        } catch (IllegalArgumentException unknownCode) {
            return Either.left(Problem.Invalid.of(
                    "currency", "'" + draft.currency().orElse("") + "' is not an ISO 4217 currency code"));
        }
    }
}
