package io.minicrm.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import io.minicrm.application.CrmException;
import io.minicrm.application.contract.CustomerStoreContract;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class InMemoryCustomerStoreTest extends CustomerStoreContract {

    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final WorkspaceId OTHER = new WorkspaceId("other");

    @Override
    protected CustomerStore newStore() {
        return new InMemoryCustomerStore();
    }

    @Test
    void customers_loaded_all_at_once_are_found_by_id_and_email_in_their_own_workspace() {
        InMemoryCustomerStore store = new InMemoryCustomerStore();

        store.loadAll(List.of(
                        lazy(customer(SHOP, "c-1", "asha@example.com")),
                        lazy(customer(OTHER, "c-1", "asha@example.com"))))
                .block();

        assertThat(store.findById(SHOP, new CustomerId("c-1")).block().workspace())
                .isEqualTo(SHOP);
        assertThat(store.findByEmail(OTHER, new Email("asha@example.com"))
                        .block()
                        .id())
                .isEqualTo(new CustomerId("c-1"));
        assertThat(store.count(SHOP).block()).isEqualTo(1);
    }

    @Test
    void a_loaded_customer_is_read_once_when_first_asked_for_and_not_before() {
        InMemoryCustomerStore store = new InMemoryCustomerStore();
        Customer asha = customer(SHOP, "c-1", "asha@example.com");
        AtomicInteger reads = new AtomicInteger();

        store.loadAll(List.of(counted(asha, reads))).block();
        assertThat(store.count(SHOP).block()).isEqualTo(1);
        assertThat(reads).hasValue(0);

        assertThat(store.findByEmail(SHOP, asha.email()).block()).isEqualTo(asha);
        assertThat(store.findById(SHOP, asha.id()).block()).isEqualTo(asha);
        assertThat(store.countCreatedSince(SHOP, asha.createdAt()).block()).isEqualTo(1);
        store.readAll();
        assertThat(reads).hasValue(1);
    }

    @Test
    void the_newest_customers_are_listed_and_those_created_since_a_time_counted_reading_only_those_listed() {
        InMemoryCustomerStore store = new InMemoryCustomerStore();
        AtomicInteger reads = new AtomicInteger();
        Instant first = Instant.parse("2026-12-01T10:00:00Z");
        List<Customer> customers = IntStream.range(0, 5)
                .mapToObj(index ->
                        customer(SHOP, "c-" + index, "c" + index + "@example.com", first.plusSeconds(60L * index)))
                .toList();
        store.loadAll(customers.stream()
                        .map(customer -> counted(customer, reads))
                        .toList())
                .block();

        Page<Customer> newest = store.list(
                        SHOP,
                        new CustomerListing(
                                Optional.empty(), CustomerListing.Sort.CREATED_AT, true, new PageRequest(0, 2)))
                .block();
        long createdSinceThird =
                store.countCreatedSince(SHOP, customers.get(2).createdAt()).block();

        assertThat(newest.items()).containsExactly(customers.get(4), customers.get(3));
        assertThat(newest.total()).isEqualTo(5);
        assertThat(createdSinceThird).isEqualTo(3);
        assertThat(reads).hasValue(2);
    }

    @Test
    void reading_all_reads_each_loaded_customer_not_asked_for_yet_once() {
        InMemoryCustomerStore store = new InMemoryCustomerStore();
        AtomicInteger reads = new AtomicInteger();
        List<LazyCustomer> loaded = List.of("c-1", "c-2", "c-3").stream()
                .map(id -> customer(SHOP, id, id + "@example.com"))
                .map(customer -> counted(customer, reads))
                .toList();
        store.loadAll(loaded).block();
        store.findById(SHOP, new CustomerId("c-2")).block();

        store.readAll();
        store.readAll();

        assertThat(reads).hasValue(3);
    }

    @Test
    void customers_loaded_while_the_others_are_read_in_full_are_read_by_the_next_reading() throws Exception {
        InMemoryCustomerStore store = new InMemoryCustomerStore();
        Customer asha = customer(SHOP, "c-1", "asha@example.com");
        CountDownLatch readingBegun = new CountDownLatch(1);
        CountDownLatch letReadingEnd = new CountDownLatch(1);
        store.loadAll(List.of(firstReadHeld(asha, new AtomicInteger(), readingBegun, letReadingEnd)))
                .block();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(store::readAll);
        await(readingBegun);

        AtomicInteger laterReads = new AtomicInteger();
        store.loadAll(List.of(counted(customer(SHOP, "c-2", "ravi@example.com"), laterReads)))
                .block();
        letReadingEnd.countDown();
        reading.get(10, TimeUnit.SECONDS);
        store.readAll();

        assertThat(laterReads).hasValue(1);
    }

    @Test
    void a_pass_over_every_customer_that_comes_while_they_are_read_in_full_reads_the_rest_and_waits_for_the_others()
            throws Exception {
        InMemoryCustomerStore store = new InMemoryCustomerStore();
        CountDownLatch firstReadBegun = new CountDownLatch(1);
        CountDownLatch letFirstReadEnd = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        int loaded = 2 * RowReading.CHUNK + 1;
        store.loadAll(IntStream.range(0, loaded)
                        .mapToObj(index -> customer(SHOP, "c-" + index, "c" + index + "@example.com"))
                        .map(customer -> firstReadHeld(customer, reads, firstReadBegun, letFirstReadEnd))
                        .toList())
                .block();

        CompletableFuture<Void> readingInFull = CompletableFuture.runAsync(store::readAll);
        await(firstReadBegun);
        try (ExecutorService passes = Executors.newSingleThreadExecutor()) {
            AtomicReference<Thread> passThread = new AtomicReference<>();
            CompletableFuture<Long> pass = CompletableFuture.supplyAsync(
                    () -> {
                        passThread.set(Thread.currentThread());
                        return store.list(
                                        SHOP,
                                        new CustomerListing(
                                                Optional.empty(), CustomerListing.Sort.NAME, false, PageRequest.FIRST))
                                .block()
                                .total();
                    },
                    passes);
            // The reading in full holds the first chunk; the pass reads the two others, then waits for that one.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (reads.get() < 1 + RowReading.CHUNK + 1 || passThread.get().getState() != Thread.State.WAITING) {
                assertThat(pass).isNotDone();
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.onSpinWait();
            }
            assertThat(reads).hasValue(1 + RowReading.CHUNK + 1);
            letFirstReadEnd.countDown();

            readingInFull.get(10, TimeUnit.SECONDS);
            assertThat(pass.get(10, TimeUnit.SECONDS)).isEqualTo(loaded);
        }
        assertThat(reads).hasValue(loaded);
    }

    @Test
    void a_loaded_customer_changed_while_a_reader_was_reading_it_keeps_the_change() throws Exception {
        InMemoryCustomerStore store = new InMemoryCustomerStore();
        Customer asha = customer(SHOP, "c-1", "asha@example.com");
        CountDownLatch readerStarted = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        store.loadAll(List.of(firstReadHeld(asha, new AtomicInteger(), readerStarted, changed)))
                .block();
        Customer moved =
                asha.withEmail(new Email("asha@example.org"), asha.updatedAt().plusSeconds(60));

        CompletableFuture<Customer> slowReader = CompletableFuture.supplyAsync(
                () -> store.findById(SHOP, asha.id()).block());
        await(readerStarted);
        store.replace(moved).block();
        changed.countDown();

        assertThat(slowReader.get(10, TimeUnit.SECONDS).email()).isEqualTo(moved.email());
        assertThat(store.findById(SHOP, asha.id()).block().email()).isEqualTo(moved.email());
        assertThat(store.findByEmail(SHOP, asha.email()).block()).isNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void loading_all_at_once_stops_at_an_email_already_taken_and_keeps_the_customers_before_it() {
        InMemoryCustomerStore store = new InMemoryCustomerStore();
        store.insert(customer(SHOP, "c-1", "asha@example.com")).block();

        assertThatThrownBy(() -> store.loadAll(List.of(
                                lazy(customer(SHOP, "c-2", "ravi@example.com")),
                                lazy(customer(SHOP, "c-3", "asha@example.com")),
                                lazy(customer(SHOP, "c-4", "meena@example.com"))))
                        .block())
                .isInstanceOf(CrmException.class)
                .hasMessageContaining("asha@example.com");

        assertThat(store.findById(SHOP, new CustomerId("c-2")).block()).isNotNull();
        assertThat(store.findById(SHOP, new CustomerId("c-3")).block()).isNull();
        assertThat(store.findById(SHOP, new CustomerId("c-4")).block()).isNull();
        assertThat(store.findByEmail(SHOP, new Email("asha@example.com"))
                        .block()
                        .id())
                .isEqualTo(new CustomerId("c-1"));
    }

    private static LazyCustomer lazy(Customer customer) {
        return new LazyCustomer(
                customer.workspace(), customer.id(), customer.email(), customer.createdAt(), () -> customer);
    }

    /** As {@link #lazy}, counting each reading in full. */
    private static LazyCustomer counted(Customer customer, AtomicInteger reads) {
        return new LazyCustomer(customer.workspace(), customer.id(), customer.email(), customer.createdAt(), () -> {
            reads.incrementAndGet();
            return customer;
        });
    }

    /**
     * As {@link #counted}; the first reading of all those counted by {@code reads} says it has {@code begun}, then waits
     * until {@code letEnd}.
     */
    private static LazyCustomer firstReadHeld(
            Customer customer, AtomicInteger reads, CountDownLatch begun, CountDownLatch letEnd) {
        return new LazyCustomer(customer.workspace(), customer.id(), customer.email(), customer.createdAt(), () -> {
            if (reads.incrementAndGet() == 1) {
                begun.countDown();
                await(letEnd);
            }
            return customer;
        });
    }

    private static Customer customer(WorkspaceId workspace, String id, String email) {
        return customer(workspace, id, email, Instant.parse("2026-12-01T10:00:00Z"));
    }

    private static Customer customer(WorkspaceId workspace, String id, String email, Instant createdAt) {
        return Customer.register(
                workspace, new CustomerId(id), new Email(email), Profile.EMPTY, Currency.getInstance("INR"), createdAt);
    }
}
