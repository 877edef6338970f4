package io.minicrm.application.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores a batch of order rows. An order whose customer e-mail is unknown to the workspace, or whose customer's spend
 * is kept in another currency, is rejected; an external reference met before, in the file or in the store, is
 * skipped; each stored order is counted into its customer's figures, once, even when a run that stored it stopped
 * before counting it.
 */
final class OrderBatch {

    private final WorkspaceId workspace;
    private final CustomerStore customers;
    private final OrderStore orders;
    private final Announcements announcements;
    private final CrmSettings settings;
    private final String customerColumn;

    /** The customer column, as the file names it, is the column named when an order is refused for its customer. */
    OrderBatch(
            WorkspaceId workspace,
            CustomerStore customers,
            OrderStore orders,
            Announcements announcements,
            CrmSettings settings,
            String customerColumn) {
        this.workspace = workspace;
        this.customers = customers;
        this.orders = orders;
        this.announcements = announcements;
        this.settings = settings;
        this.customerColumn = customerColumn;
    }

    Mono<ImportReport> store(List<Either<Rejection, OrderRow>> batch) {
        List<OrderRow> rows =
                batch.stream().filter(Either::isRight).map(Either::get).toList();
        List<Email> emails = rows.stream().map(OrderRow::customer).distinct().toList();
        return customers
                .findByEmails(workspace, emails)
                .collectMap(Customer::email)
                .flatMap(known -> {
                    Placing placing = place(rows, known);
                    List<Rejection> rejections = Stream.concat(
                                    batch.stream().filter(Either::isLeft).map(Either::getLeft),
                                    placing.refused().stream())
                            .toList();
                    return orders.insertNew(placing.orders())
                            .collectList()
                            .flatMap(stored -> storedBefore(placing.orders(), stored, known)
                                    .flatMap(uncounted -> count(stored, uncounted))
                                    .thenReturn(ImportReport.ofBatch(
                                            stored.size(),
                                            0,
                                            placing.repeats() + placing.orders().size() - stored.size(),
                                            rejections)));
                });
    }

    /**
     * The orders whose reference was stored before this batch but that their customer has not counted: an import
     * that stopped between storing and counting them, now run again, counts them.
     */
    private Mono<List<Order>> storedBefore(List<Order> placed, List<Order> stored, Map<Email, Customer> known) {
        Set<OrderId> inserted = stored.stream().map(Order::id).collect(Collectors.toSet());
        List<String> skipped = placed.stream()
                .filter(order -> !inserted.contains(order.id()))
                .flatMap(order -> order.externalRef().stream())
                .toList();
        if (skipped.isEmpty()) {
            return Mono.just(List.of());
        }
        Map<CustomerId, Customer> customers =
                known.values().stream().collect(Collectors.toMap(Customer::id, customer -> customer));
        return orders.findByExternalRefs(workspace, skipped)
                .filter(order -> !customers.containsKey(order.customer())
                        || !customers.get(order.customer()).purchases().hasCounted(order.id()))
                .collectList();
    }

    private Placing place(List<OrderRow> rows, Map<Email, Customer> known) {
        Map<String, Order> placed = new LinkedHashMap<>();
        List<Rejection> refused = new ArrayList<>();
        for (OrderRow row : rows) {
            Customer customer = known.get(row.customer());
            if (customer == null) {
                refused.add(Rejection.at(
                        row.line(),
                        customerColumn,
                        "no customer has the e-mail " + row.customer()
                                + " in this workspace; import the customers first"));
            } else if (!row.amount().sameCurrencyAs(customer.purchases().totalSpend())) {
                refused.add(Rejection.at(
                        row.line(),
                        customerColumn,
                        "this customer's spend is kept in "
                                + customer.purchases().totalSpend().currency() + ", not "
                                + row.amount().currency()));
            } else if (!placed.containsKey(row.externalRef())) {
                placed.put(
                        row.externalRef(),
                        row.toOrder(workspace, new OrderId(settings.ids().next()), customer.id()));
            }
        }
        return new Placing(new ArrayList<>(placed.values()), rows.size() - refused.size() - placed.size(), refused);
    }

    private Mono<Void> count(List<Order> stored, List<Order> storedBefore) {
        Instant now = settings.clock().instant();
        return Flux.concat(Flux.fromIterable(stored), Flux.fromIterable(storedBefore))
                .concatMap(order -> customers.applyOrder(order, now))
                .map(Customer::id)
                .distinct()
                .count()
                .flatMap(counted -> announcements.ordersStored(workspace, stored.size(), counted, now));
    }

    /** The orders a batch places, how many rows repeat a reference met earlier in it, and those refused for their customer. */
    private record Placing(List<Order> orders, long repeats, List<Rejection> refused) {}
}
