package io.minicrm.application.inmemory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.minicrm.application.CrmException;
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
import io.minicrm.domain.segment.CompiledRule;
import io.minicrm.domain.segment.RuleTally.Counter;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps customers in memory, indexed by id and by e-mail within each workspace. */
public final class InMemoryCustomerStore implements CustomerStore {

    private final PerWorkspace<CustomerTable> tables = new PerWorkspace<>(CustomerTable::new);

    @Override
    public Mono<Customer> findById(WorkspaceId workspace, CustomerId id) {
        return Mono.defer(() -> Mono.justOrEmpty(tables.forReading(workspace).find(id)));
    }

    @Override
    public Mono<Customer> findByEmail(WorkspaceId workspace, Email email) {
        return Mono.defer(() -> Mono.justOrEmpty(tables.forReading(workspace).find(email)));
    }

    @Override
    public Flux<Customer> findByEmails(WorkspaceId workspace, Collection<Email> emails) {
        return Flux.fromStream(() -> emails.stream()
                .distinct()
                .map(tables.forReading(workspace)::find)
                .flatMap(Optional::stream));
    }

    @Override
    public Mono<Customer> insert(Customer customer) {
        return Mono.defer(
                () -> Refusals.toMono(tables.forWriting(customer.workspace()).insert(customer)));
    }

    /**
     * Sizes the workspace's indexes for about {@code customers} customers, before they are loaded, so that they are not
     * grown step by step; a workspace that has customers already keeps its indexes as they are.
     */
    public void reserve(WorkspaceId workspace, int customers) {
        tables.createIfAbsent(workspace, () -> new CustomerTable(customers));
    }

    /**
     * Adds every customer as {@link #insert} would, without reading them: each is read in full when first asked for.
     * For filling the store from a copy kept elsewhere, as a start does; each workspace's lock is taken once per list
     * rather than once per customer. Fails on the first id or e-mail already taken, keeping the customers before it.
     */
    public Mono<Void> loadAll(List<LazyCustomer> customers) {
        return Mono.defer(() -> byWorkspace(customers)
                .flatMap(batch -> tables.forWriting(batch.getKey()).loadAll(batch.getValue()).stream())
                .findFirst()
                .map(problem -> Mono.<Void>error(new CrmException(problem)))
                .orElseGet(Mono::empty));
    }

    /**
     * Reads in full, on this thread, every customer {@link #loadAll} added and nothing has asked for yet, so that the
     * first pass over them all is as fast as the next; a pass that comes meanwhile shares the work rather than reading
     * them again. Throws what a customer that cannot be read throws.
     */
    public void readAll() {
        tables.all().forEach(CustomerTable::readAll);
    }

    // Customers loaded together nearly always share one workspace: grouping would hash each of them for nothing.
    private static Stream<Map.Entry<WorkspaceId, List<LazyCustomer>>> byWorkspace(List<LazyCustomer> customers) {
        if (customers.isEmpty()) {
            return Stream.empty();
        }
        WorkspaceId first = customers.getFirst().workspace();
        return customers.stream().allMatch(customer -> customer.workspace().equals(first))
                ? Stream.of(Map.entry(first, customers))
                : customers.stream().collect(Collectors.groupingBy(LazyCustomer::workspace)).entrySet().stream();
    }

    @Override
    public Mono<Customer> replace(Customer customer) {
        return Mono.defer(() ->
                        Refusals.toMono(tables.forReading(customer.workspace()).replace(customer)))
                .flatMap(Mono::justOrEmpty);
    }

    @Override
    public Flux<Customer> saveImported(List<ImportedCustomer> customers) {
        return Flux.defer(() ->
                Flux.fromIterable(customers.stream()
                        .collect(Collectors.groupingBy(
                                imported -> imported.customer().workspace()))
                        .entrySet()
                        .stream()
                        .flatMap(batch -> tables.forWriting(batch.getKey()).saveAll(batch.getValue()).stream())
                        .toList()));
    }

    @Override
    public Mono<Customer> applyOrder(Order order, Instant now) {
        return Mono.defer(() ->
                        Mono.justOrEmpty(tables.forReading(order.workspace()).applyOrder(order, now)))
                .flatMap(Refusals::toMono);
    }

    @Override
    public Mono<Boolean> delete(WorkspaceId workspace, CustomerId id) {
        return Mono.fromSupplier(() -> tables.forReading(workspace).delete(id));
    }

    @Override
    public Mono<Page<Customer>> list(WorkspaceId workspace, CustomerListing listing) {
        if (listing.search().isEmpty() && listing.sort() == CustomerListing.Sort.CREATED_AT) {
            return Mono.fromSupplier(() -> tables.forReading(workspace).byCreation(listing));
        }
        return Mono.fromSupplier(() -> Pages.ofSorted(
                customers(workspace).filter(CustomerListings.filter(listing)),
                CustomerListings.order(listing),
                CustomerListings.afterCursor(listing),
                listing.page()));
    }

    @Override
    public Flux<Customer> audience(WorkspaceId workspace, AudienceQuery query) {
        return compile(query)
                .flatMapMany(
                        rule -> Flux.fromIterable(tables.forReading(workspace).matching(rule)));
    }

    @Override
    public Mono<Long> countAudience(WorkspaceId workspace, AudienceQuery query) {
        return compile(query)
                .map(rule ->
                        customers(workspace).parallel().filter(rule::matches).count());
    }

    @Override
    public Mono<List<Customer>> sampleAudience(WorkspaceId workspace, AudienceQuery query, int size) {
        return compile(query)
                .map(rule -> customers(workspace)
                        .parallel()
                        .filter(rule::matches)
                        .collect(() -> new FirstById(size), FirstById::offer, FirstById::offerAll)
                        .inOrder());
    }

    /** Decides every node for every customer in one pass, the customers split between the machine's cores. */
    @Override
    public Mono<AudienceTally> tallyAudience(WorkspaceId workspace, AudienceQuery query, int sample) {
        return Mono.defer(() -> Refusals.toMono(query.evaluator().tally(query.rule())))
                .map(tally -> customers(workspace)
                        .parallel()
                        .collect(
                                () -> new Tallying(tally.counter(), new FirstById(sample)),
                                Tallying::add,
                                Tallying::addAll)
                        .result());
    }

    /** One part of the customers' counts and first members. */
    private record Tallying(Counter counter, FirstById sample) {
        void add(Customer customer) {
            if (counter.add(customer)) {
                sample.offer(customer);
            }
        }

        void addAll(Tallying other) {
            counter.addAll(other.counter);
            sample.offerAll(other.sample);
        }

        AudienceTally result() {
            return new AudienceTally(counter.result(), sample.inOrder());
        }
    }

    @Override
    public Mono<Long> count(WorkspaceId workspace) {
        return Mono.fromSupplier(() -> (long) tables.forReading(workspace).size());
    }

    @Override
    public Mono<Long> countCreatedSince(WorkspaceId workspace, Instant since) {
        return Mono.fromSupplier(() -> tables.forReading(workspace).countCreatedSince(since));
    }

    private Stream<Customer> customers(WorkspaceId workspace) {
        return tables.forReading(workspace).customers();
    }

    private static Mono<CompiledRule> compile(AudienceQuery query) {
        return Mono.defer(() -> Refusals.toMono(query.evaluator().compile(query.rule())));
    }
}
