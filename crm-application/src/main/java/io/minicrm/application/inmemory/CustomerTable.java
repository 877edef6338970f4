package io.minicrm.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.minicrm.application.port.out.ImportedCustomer;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.segment.CompiledRule;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;

/**
 * One workspace's customers, by id and by e-mail. Writes that touch the e-mail index take turns, so that two writers
 * can never both take an address; reads and order counting need no lock.
 */
final class CustomerTable {

    // Hash maps, not sorted ones: ids are random, and a sorted map's look-ups would miss the CPU cache at every level.
    private final ConcurrentMap<CustomerId, Customer> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<Email, CustomerId> byEmail = new ConcurrentHashMap<>();

    Optional<Customer> find(CustomerId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Checks the address too: a reader may come between a change of address and the index following it. */
    Optional<Customer> find(Email email) {
        return Optional.ofNullable(byEmail.get(email))
                .map(byId::get)
                .filter(customer -> customer.email().equals(email));
    }

    /** In no particular order; a weakly consistent view that each reader walks at its own pace. */
    Collection<Customer> customers() {
        return byId.values();
    }

    /** A snapshot of the customers the rule matches, in id order. */
    List<Customer> matching(CompiledRule rule) {
        return byId.values().stream()
                .filter(rule::matches)
                .sorted(FirstById.BY_ID)
                .toList();
    }

    int size() {
        return byId.size();
    }

    synchronized Either<Problem, Customer> insert(Customer customer) {
        if (byId.containsKey(customer.id())) {
            return Refusals.conflict("customer " + customer.id() + " already exists");
        }
        if (byEmail.containsKey(customer.email())) {
            return Refusals.conflict("e-mail " + customer.email() + " is already taken");
        }
        byId.put(customer.id(), customer);
        byEmail.put(customer.email(), customer.id());
        return Either.right(customer);
    }

    synchronized Either<Problem, Optional<Customer>> replace(Customer customer) {
        if (!byId.containsKey(customer.id())) {
            return Either.right(Optional.empty());
        }
        CustomerId holder = byEmail.get(customer.email());
        if (holder != null && !holder.equals(customer.id())) {
            return Refusals.conflict("e-mail " + customer.email() + " is already taken");
        }
        Customer previous = byId.get(customer.id());
        // Figures change only through applyOrder, which takes no lock: keep the stored ones, atomically.
        Customer replaced = byId.computeIfPresent(
                customer.id(),
                (id, stored) -> new Customer(
                        customer.workspace(),
                        id,
                        customer.email(),
                        customer.profile(),
                        stored.purchases(),
                        stored.createdAt(),
                        customer.updatedAt()));
        reindex(previous, customer);
        return Either.right(Optional.ofNullable(replaced));
    }

    /** Stores each as {@link ImportedCustomer#over} says; gives back those not stored, which the batch must read again. */
    synchronized List<Customer> saveAll(List<ImportedCustomer> customers) {
        List<Customer> readAgain = new ArrayList<>();
        for (ImportedCustomer imported : customers) {
            Customer given = imported.customer();
            CustomerId holder = byEmail.get(given.email());
            if (holder != null && !holder.equals(given.id()) || !store(given.id(), imported::over)) {
                readAgain.add(given);
            }
        }
        return readAgain;
    }

    synchronized boolean delete(CustomerId id) {
        Customer removed = byId.remove(id);
        if (removed != null) {
            byEmail.remove(removed.email(), id);
        }
        return removed != null;
    }

    /** The customer's figures with the order counted (once), or why it cannot be counted; empty for an unknown customer. */
    Optional<Either<Problem, Customer>> applyOrder(Order order, Instant now) {
        return Entries.update(byId, order.customer(), customer -> customer.apply(order, now), Either::toJavaOptional);
    }

    /** Stores what {@code change} makes of the entry, atomically against order counting; false when it makes nothing. */
    private boolean store(CustomerId id, Function<Optional<Customer>, Optional<Customer>> change) {
        AtomicReference<Customer> before = new AtomicReference<>();
        AtomicBoolean changed = new AtomicBoolean();
        Customer after = byId.compute(id, (key, current) -> {
            before.set(current);
            Optional<Customer> next = change.apply(Optional.ofNullable(current));
            changed.set(next.isPresent());
            return next.orElse(current);
        });
        if (changed.get()) {
            reindex(before.get(), after);
        }
        return changed.get();
    }

    /** Points the e-mail index at the customer as stored, and away from the address it had before, if any. */
    private void reindex(Customer previous, Customer stored) {
        if (previous != null && !previous.email().equals(stored.email())) {
            byEmail.remove(previous.email(), stored.id());
        }
        byEmail.put(stored.email(), stored.id());
    }
}
