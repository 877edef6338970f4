package io.minicrm.application.inmemory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.minicrm.application.port.out.OrderTotals;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.shared.Problem;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** One workspace's orders, by id, by external reference and by customer. */
final class OrderTable {

    /** Newest first, the later id first among orders placed at the same instant. */
    private static final Comparator<Order> NEWEST_FIRST = Comparator.comparing(Order::placedAt)
            .thenComparing(order -> order.id().value())
            .reversed();

    private final ConcurrentMap<OrderId, Order> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, OrderId> byRef = new ConcurrentHashMap<>();
    private final ConcurrentMap<CustomerId, List<Order>> byCustomer = new ConcurrentHashMap<>();

    Optional<Order> find(OrderId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Checks the reference too: an insert refused for its id briefly holds a reference it then gives back. */
    Optional<Order> find(String externalRef) {
        String ref = externalRef.strip();
        return Optional.ofNullable(byRef.get(ref))
                .map(byId::get)
                .filter(order -> order.externalRef().equals(Optional.of(ref)));
    }

    /**
     * Takes the external reference, then the id, giving the reference back when the id is taken. Orders are never
     * changed or removed, so these two claims need no lock.
     */
    Either<Problem, Order> insert(Order order) {
        Optional<String> ref = order.externalRef();
        if (ref.isPresent() && byRef.putIfAbsent(ref.get(), order.id()) != null) {
            return Refusals.conflict("an order with external reference '" + ref.get() + "' already exists");
        }
        if (byId.putIfAbsent(order.id(), order) != null) {
            ref.ifPresent(taken -> byRef.remove(taken, order.id()));
            return Refusals.conflict("order " + order.id() + " already exists");
        }
        byCustomer.merge(order.customer(), List.of(order), (orders, added) -> orders.prependAll(added));
        return Either.right(order);
    }

    Page<Order> list(OrderListing listing) {
        Collection<Order> orders = listing.customer()
                .<Collection<Order>>map(customer ->
                        byCustomer.getOrDefault(customer, List.empty()).asJava())
                .orElseGet(byId::values);
        return Pages.ofSorted(
                orders.stream().filter(placedIn(listing.from(), listing.until())), NEWEST_FIRST, listing.page());
    }

    OrderTotals totals() {
        return byId.values().stream().map(OrderTable::totalsOf).reduce(OrderTotals.NONE, OrderTotals::plus);
    }

    Map<LocalDate, OrderTotals> totalsByDay(LocalDate from, LocalDate to, ZoneId zone) {
        Predicate<Order> placed = placedIn(
                Optional.of(from.atStartOfDay(zone).toInstant()),
                Optional.of(to.plusDays(1).atStartOfDay(zone).toInstant()));
        return byId.values().stream()
                .filter(placed)
                .collect(Collectors.groupingBy(
                        order -> LocalDate.ofInstant(order.placedAt(), zone),
                        Collectors.reducing(OrderTotals.NONE, OrderTable::totalsOf, OrderTotals::plus)));
    }

    private static OrderTotals totalsOf(Order order) {
        return OrderTotals.ofOne(order.amount().amount());
    }

    private static Predicate<Order> placedIn(Optional<Instant> from, Optional<Instant> until) {
        return order -> from.map(start -> !order.placedAt().isBefore(start)).orElse(true)
                && until.map(end -> order.placedAt().isBefore(end)).orElse(true);
    }
}
