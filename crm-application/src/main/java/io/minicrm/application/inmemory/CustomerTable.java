package io.minicrm.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import io.minicrm.application.port.out.ImportedCustomer;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.segment.CompiledRule;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;
import org.jspecify.annotations.Nullable;

/**
 * One workspace's customers, by id and by e-mail, and in the order they arrived for passes over them all. Writes that
 * touch the e-mail index or add and remove customers take turns, so that two writers can never both take an address;
 * reads and order counting need no lock.
 */
final class CustomerTable {

    // Hash maps, not sorted ones: ids are random, and a sorted map's look-ups would miss the CPU cache at every level.
    private final ConcurrentMap<CustomerId, CustomerRow> byId;
    private final ConcurrentMap<Email, CustomerId> byEmail;
    private final CustomerRows rows;
    // Set while rows loadAll added are not all read: a pass over every customer reads them all first, once.
    private volatile boolean unread;
    private @Nullable RowReading reading;

    CustomerTable() {
        this(16);
    }

    /** Sized for {@code expected} customers: a table that grows to a million doubles its indexes twenty times. */
    CustomerTable(int expected) {
        byId = new ConcurrentHashMap<>(expected);
        byEmail = new ConcurrentHashMap<>(expected);
        rows = new CustomerRows(expected);
    }

    Optional<Customer> find(CustomerId id) {
        return Optional.ofNullable(byId.get(id)).map(CustomerRow::customer);
    }

    /** Checks the address too: a reader may come between a change of address and the index following it. */
    Optional<Customer> find(Email email) {
        return Optional.ofNullable(byEmail.get(email))
                .flatMap(this::find)
                .filter(customer -> customer.email().equals(email));
    }

    /**
     * In the order they arrived, each as stored when the pass reaches it: a weakly consistent view that each reader
     * walks at its own pace; made parallel, it splits evenly.
     */
    Stream<Customer> customers() {
        readAll(RowReading::takeOnEveryCore);
        return Arrays.stream(rows.all()).map(CustomerRow::customer).filter(Objects::nonNull);
    }

    /**
     * A page of the listing by creation time, cut from the times the rows keep: only the customers on the page are
     * read, so that the newest customers show right after a start, before every customer has been read.
     */
    Page<Customer> byCreation(CustomerListing listing) {
        Function<CustomerRow, Optional<Object>> createdAt = row -> Optional.of(row.createdAt());
        Page<CustomerRow> page = Pages.ofSorted(
                Arrays.stream(rows.all()).filter(row -> !row.isEmpty()),
                CustomerListings.order(listing, createdAt, CustomerRow::id),
                CustomerListings.afterCursor(listing, createdAt, CustomerRow::id),
                listing.page());
        // A customer deleted since the page was cut is left out of it.
        return new Page<>(
                page.items().stream()
                        .map(CustomerRow::customer)
                        .filter(Objects::nonNull)
                        .toList(),
                page.request(),
                page.total());
    }

    long countCreatedSince(Instant since) {
        return Arrays.stream(rows.all())
                .filter(row -> !row.isEmpty() && !row.createdAt().isBefore(since))
                .count();
    }

    /** A snapshot of the customers the rule matches, in id order. */
    List<Customer> matching(CompiledRule rule) {
        return customers().filter(rule::matches).sorted(FirstById.BY_ID).toList();
    }

    int size() {
        return byId.size();
    }

    synchronized Either<Problem, Customer> insert(Customer customer) {
        return add(customer.id(), customer.email(), new CustomerRow(customer))
                .<Either<Problem, Customer>>map(Either::left)
                .orElseGet(() -> Either.right(customer));
    }

    /** Adds each in turn, under one lock for them all; stops at the first refused, keeping those before it. */
    synchronized Optional<Problem> loadAll(List<LazyCustomer> customers) {
        unread = true;
        // A reading under way covers the rows before these: once it ends, the table is still unread.
        reading = null;
        for (LazyCustomer customer : customers) {
            Optional<Problem> refused = add(customer.id(), customer.email(), new CustomerRow(customer));
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /**
     * Reads every row not read yet on this thread, sharing the work with every other thread reading them (see
     * {@link RowReading}); after a row that cannot be read, the next pass tries again.
     */
    void readAll() {
        readAll(RowReading::take);
    }

    private void readAll(Consumer<RowReading> taking) {
        if (!unread) {
            return;
        }
        RowReading current = currentReading();
        try {
            taking.accept(current);
            ended(current, true);
        } catch (RuntimeException unreadable) {
            ended(current, false);
            throw unreadable;
        }
    }

    private synchronized RowReading currentReading() {
        if (reading == null) {
            reading = new RowReading(rows.all());
        }
        return reading;
    }

    private synchronized void ended(RowReading current, boolean read) {
        if (reading == current) {
            reading = null;
            unread = !read;
        }
    }

    private Optional<Problem> add(CustomerId id, Email email, CustomerRow row) {
        // Two look-ups, not four: a start adds a million rows, each look-up a cache miss. The address is taken first; a
        // reader following it to an id not added yet, or to another customer's, finds no one by that address.
        if (byEmail.putIfAbsent(email, id) != null) {
            return Optional.of(
                    byId.containsKey(id)
                            ? alreadyExists(id)
                            : new Problem.Conflict("e-mail " + email + " is already taken"));
        }
        if (byId.putIfAbsent(id, row) != null) {
            byEmail.remove(email, id);
            return Optional.of(alreadyExists(id));
        }
        rows.add(row);
        return Optional.empty();
    }

    private static Problem alreadyExists(CustomerId id) {
        return new Problem.Conflict("customer " + id + " already exists");
    }

    synchronized Either<Problem, Optional<Customer>> replace(Customer customer) {
        Optional<Customer> previous = find(customer.id());
        if (previous.isEmpty()) {
            return Either.right(Optional.empty());
        }
        CustomerId holder = byEmail.get(customer.email());
        if (holder != null && !holder.equals(customer.id())) {
            return Refusals.conflict("e-mail " + customer.email() + " is already taken");
        }
        // Figures change only through applyOrder, which takes no lock: keep the stored ones, atomically.
        Optional<Customer> replaced = update(
                customer.id(),
                stored -> new Customer(
                        customer.workspace(),
                        customer.id(),
                        customer.email(),
                        customer.profile(),
                        stored.purchases(),
                        stored.createdAt(),
                        customer.updatedAt()),
                Optional::of);
        reindex(previous.get(), customer);
        return Either.right(replaced);
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
        // Once out of the map, no writer can reach the row: emptying it after is as atomic as removing it.
        CustomerRow removed = byId.remove(id);
        if (removed != null) {
            byEmail.remove(removed.empty().email(), id);
            rows.emptied();
        }
        return removed != null;
    }

    /** The customer's figures with the order counted (once), or why it cannot be counted; empty for an unknown customer. */
    Optional<Either<Problem, Customer>> applyOrder(Order order, Instant now) {
        return update(order.customer(), customer -> customer.apply(order, now), Either::toJavaOptional);
    }

    /**
     * Applies {@code change} to the stored customer and stores what {@code stored} makes of the outcome, atomically
     * against every other writer of the id; empty when no such customer is stored.
     */
    private <R> Optional<R> update(
            CustomerId id, Function<Customer, R> change, Function<R, Optional<Customer>> stored) {
        return Entries.update(
                byId,
                id,
                row -> {
                    R outcome = change.apply(row.stored());
                    stored.apply(outcome).ifPresent(row::set);
                    return outcome;
                },
                // The row itself stays in the map: only the customer in it changes.
                outcome -> Optional.empty());
    }

    /** Stores what {@code change} makes of the entry, atomically against order counting; false when it makes nothing. */
    private boolean store(CustomerId id, Function<Optional<Customer>, Optional<Customer>> change) {
        AtomicReference<Customer> before = new AtomicReference<>();
        AtomicReference<Customer> after = new AtomicReference<>();
        AtomicReference<CustomerRow> added = new AtomicReference<>();
        byId.compute(id, (key, row) -> {
            Optional<Customer> current = Optional.ofNullable(row).map(CustomerRow::stored);
            current.ifPresent(before::set);
            Optional<Customer> next = change.apply(current);
            next.ifPresent(after::set);
            if (row != null) {
                next.ifPresent(row::set);
                return row;
            }
            next.map(CustomerRow::new).ifPresent(added::set);
            return added.get();
        });
        if (added.get() != null) {
            rows.add(added.get());
        }
        if (after.get() != null) {
            reindex(before.get(), after.get());
        }
        return after.get() != null;
    }

    /** Points the e-mail index at the customer as stored, and away from the address it had before, if any. */
    private void reindex(Customer previous, Customer stored) {
        if (previous != null && !previous.email().equals(stored.email())) {
            byEmail.remove(previous.email(), stored.id());
        }
        byEmail.put(stored.email(), stored.id());
    }
}
