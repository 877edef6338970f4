package io.minicrm.application.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.out.ImportedCustomer;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.out.OrderTotals;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Measurement instruments, not adapters: stores that accept everything and keep nothing, so that the heap an import
 * uses is the importer's own. The customer store knows no one, so every row of a file registers a customer.
 */
final class DiscardingStores {

    private DiscardingStores() {}

    static CustomerStore customers() {
        return new Customers();
    }

    static OrderStore orders() {
        return new Orders();
    }

    static ImportJobStore jobs() {
        return new Jobs();
    }

    private static <T> Mono<T> unused() {
        return Mono.error(new UnsupportedOperationException("a customer import does not call this"));
    }

    /** Finds no one and forgets what it saves. */
    private static final class Customers implements CustomerStore {

        @Override
        public Flux<Customer> findByEmails(WorkspaceId workspace, Collection<Email> emails) {
            return Flux.empty();
        }

        @Override
        public Flux<Customer> saveImported(List<ImportedCustomer> customers) {
            return Flux.empty();
        }

        @Override
        public Mono<Customer> findById(WorkspaceId workspace, CustomerId id) {
            return unused();
        }

        @Override
        public Mono<Customer> findByEmail(WorkspaceId workspace, Email email) {
            return unused();
        }

        @Override
        public Mono<Customer> insert(Customer customer) {
            return unused();
        }

        @Override
        public Mono<Customer> replace(Customer customer) {
            return unused();
        }

        @Override
        public Mono<Customer> applyOrder(Order order, Instant now) {
            return unused();
        }

        @Override
        public Mono<Boolean> delete(WorkspaceId workspace, CustomerId id) {
            return unused();
        }

        @Override
        public Mono<Page<Customer>> list(WorkspaceId workspace, CustomerListing listing) {
            return unused();
        }

        @Override
        public Flux<Customer> audience(WorkspaceId workspace, AudienceQuery query) {
            return Flux.from(unused());
        }

        @Override
        public Mono<Long> countAudience(WorkspaceId workspace, AudienceQuery query) {
            return unused();
        }

        @Override
        public Mono<Long> count(WorkspaceId workspace) {
            return unused();
        }

        @Override
        public Mono<Long> countCreatedSince(WorkspaceId workspace, Instant since) {
            return unused();
        }
    }

    /** Never called by a customer import; there only because the importer needs an order store. */
    private static final class Orders implements OrderStore {

        @Override
        public Mono<Order> insert(Order order) {
            return unused();
        }

        @Override
        public Flux<Order> insertNew(List<Order> orders) {
            return Flux.from(unused());
        }

        @Override
        public Mono<Order> findById(WorkspaceId workspace, OrderId id) {
            return unused();
        }

        @Override
        public Mono<Order> findByExternalRef(WorkspaceId workspace, String externalRef) {
            return unused();
        }

        @Override
        public Flux<Order> findByExternalRefs(WorkspaceId workspace, Collection<String> externalRefs) {
            return Flux.from(unused());
        }

        @Override
        public Mono<Page<Order>> list(WorkspaceId workspace, OrderListing listing) {
            return unused();
        }

        @Override
        public Mono<OrderTotals> totals(WorkspaceId workspace) {
            return unused();
        }

        @Override
        public Mono<Map<LocalDate, OrderTotals>> totalsByDay(
                WorkspaceId workspace, LocalDate from, LocalDate to, ZoneId zone) {
            return unused();
        }
    }

    /** Hands each job back as saved without keeping it. */
    private static final class Jobs implements ImportJobStore {

        @Override
        public Mono<ImportJob> save(ImportJob job) {
            return Mono.just(job);
        }

        @Override
        public Mono<ImportJob> findById(WorkspaceId workspace, ImportJobId id) {
            return Mono.empty();
        }

        @Override
        public Mono<Page<ImportJob>> list(WorkspaceId workspace, PageRequest page) {
            return unused();
        }

        @Override
        public Mono<Void> touch(WorkspaceId workspace, ImportJobId id, Instant now) {
            return Mono.empty();
        }

        @Override
        public Flux<ImportJob> interruptStale(Instant updatedBefore, String reason, Instant now) {
            return Flux.empty();
        }
    }
}
