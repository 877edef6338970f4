package io.minicrm.application.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/**
 * Stores a batch of customer rows. A row finds its customer by e-mail, in the store or earlier in the file, and
 * updates it; a row that changes nothing is skipped. Each customer is saved once per batch, as its last row left it.
 */
final class CustomerBatch {

    private final WorkspaceId workspace;
    private final CustomerStore customers;
    private final Announcements announcements;
    private final CrmSettings settings;

    CustomerBatch(WorkspaceId workspace, CustomerStore customers, Announcements announcements, CrmSettings settings) {
        this.workspace = workspace;
        this.customers = customers;
        this.announcements = announcements;
        this.settings = settings;
    }

    Mono<ImportReport> store(List<Either<Rejection, CustomerRow>> batch) {
        List<CustomerRow> rows = batch.stream().filter(Either::isRight).map(Either::get).toList();
        List<Rejection> rejections = batch.stream().filter(Either::isLeft).map(Either::getLeft).toList();
        Set<Email> emails = rows.stream().map(CustomerRow::email).collect(Collectors.toSet());
        return customers.findByEmails(workspace, emails).collectMap(Customer::email).flatMap(stored -> {
            Instant now = settings.clock().instant();
            Merge merge = merge(stored, rows, now);
            // Customers, not rows: a customer created by one row and updated by a later one was created.
            long created = merge.changed().stream().filter(customer -> !stored.containsKey(customer.email())).count();
            return customers.saveAll(merge.changed())
                    .then(announcements.customersStored(workspace, created, merge.changed().size() - created, now))
                    .thenReturn(ImportReport.ofBatch(merge.created(), merge.updated(), merge.skipped(), rejections));
        });
    }

    private Merge merge(Map<Email, Customer> stored, List<CustomerRow> rows, Instant now) {
        Map<Email, Customer> latest = new HashMap<>(stored);
        Map<Email, Customer> changed = new LinkedHashMap<>();
        long created = 0;
        long updated = 0;
        for (CustomerRow row : rows) {
            Customer known = latest.get(row.email());
            Customer next = known == null
                    ? row.register(workspace, new CustomerId(settings.ids().next()), settings.currency(), now)
                    : row.applyTo(known, now);
            created += known == null ? 1 : 0;
            updated += known != null && next != known ? 1 : 0;
            latest.put(row.email(), next);
            if (next != known) {
                changed.put(row.email(), next);
            }
        }
        return new Merge(new ArrayList<>(changed.values()), created, updated, rows.size() - created - updated);
    }

    /** The customers a batch changed, in the order first met, and what became of its rows. */
    private record Merge(List<Customer> changed, long created, long updated, long skipped) {
    }
}
