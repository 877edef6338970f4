package io.minicrm.application.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.minicrm.application.CrmException;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.ImportedCustomer;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/**
 * Stores a batch of customer rows. A row finds its customer by e-mail, in the store or earlier in the file, and
 * updates it; a row that changes nothing is skipped. Each customer is saved once per batch, as its last row left it.
 * The customers the store gives back, changed by someone else since the batch read them, are read and merged again.
 */
final class CustomerBatch {

    /** Rounds of reading again before the batch gives up on customers that keep changing under it. */
    private static final int ROUNDS = 10;

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
        Map<Email, List<CustomerRow>> rows = batch.stream()
                .filter(Either::isRight)
                .map(Either::get)
                .collect(Collectors.groupingBy(CustomerRow::email, LinkedHashMap::new, Collectors.toList()));
        List<Rejection> rejections =
                batch.stream().filter(Either::isLeft).map(Either::getLeft).toList();
        return store(rows, 1).map(ImportReport.ofBatch(0, 0, 0, rejections)::plus);
    }

    private Mono<ImportReport> store(Map<Email, List<CustomerRow>> rows, int round) {
        return customers
                .findByEmails(workspace, rows.keySet())
                .collectMap(Customer::email)
                .flatMap(stored -> {
                    Instant now = settings.clock().instant();
                    Map<Email, Outcome> outcomes = new LinkedHashMap<>();
                    rows.forEach((email, ofEmail) ->
                            outcomes.put(email, merge(Optional.ofNullable(stored.get(email)), ofEmail, now)));
                    return customers
                            .saveImported(changes(outcomes.values()))
                            .map(Customer::email)
                            .collect(Collectors.toSet())
                            .flatMap(readAgain -> {
                                outcomes.keySet().removeAll(readAgain);
                                Mono<ImportReport> saved = announce(changes(outcomes.values()), now)
                                        .thenReturn(report(outcomes.values()));
                                if (readAgain.isEmpty()) {
                                    return saved;
                                }
                                if (round == ROUNDS) {
                                    return CrmException.refuse(new Problem.Conflict("customers " + readAgain
                                            + " kept changing while the import stored them; import the file again"));
                                }
                                Map<Email, List<CustomerRow>> again = new LinkedHashMap<>(rows);
                                again.keySet().retainAll(readAgain);
                                return saved.flatMap(
                                        report -> store(again, round + 1).map(report::plus));
                            });
                });
    }

    /** What one e-mail's rows make of the customer stored with it, if any: the change to store, and each row's fate. */
    private Outcome merge(Optional<Customer> stored, List<CustomerRow> rows, Instant now) {
        Customer latest = stored.orElse(null);
        long created = 0;
        long updated = 0;
        List<Rejection> rejections = new ArrayList<>();
        for (CustomerRow row : rows) {
            Either<Rejection, Customer> next = latest == null
                    ? row.register(workspace, new CustomerId(settings.ids().next()), settings.currency(), now)
                    : row.applyTo(latest, now);
            if (next.isLeft()) {
                rejections.add(next.getLeft());
                continue;
            }
            created += latest == null ? 1 : 0;
            updated += latest != null && next.get() != latest ? 1 : 0;
            latest = next.get();
        }
        Customer last = latest;
        Optional<ImportedCustomer> change =
                last == null || stored.filter(known -> known == last).isPresent()
                        ? Optional.empty()
                        : Optional.of(new ImportedCustomer(last, stored));
        long skipped = rows.size() - rejections.size() - created - updated;
        return new Outcome(change, created, updated, skipped, rejections);
    }

    /** Customers, not rows: a customer created by one row and updated by a later one was created. */
    private Mono<Void> announce(List<ImportedCustomer> saved, Instant now) {
        long created = saved.stream().filter(change -> change.found().isEmpty()).count();
        return announcements.customersStored(workspace, created, saved.size() - created, now);
    }

    // Summed by hand: a report per e-mail would cost a batch a thousand short-lived reports.
    private static ImportReport report(Collection<Outcome> outcomes) {
        long created = 0;
        long updated = 0;
        long skipped = 0;
        List<Rejection> rejections = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            created += outcome.created();
            updated += outcome.updated();
            skipped += outcome.skipped();
            rejections.addAll(outcome.rejections());
        }
        return ImportReport.ofBatch(created, updated, skipped, rejections);
    }

    private static List<ImportedCustomer> changes(Collection<Outcome> outcomes) {
        return outcomes.stream().flatMap(outcome -> outcome.change().stream()).toList();
    }

    /** The change one e-mail's rows make, if any, and what became of those rows. */
    private record Outcome(
            Optional<ImportedCustomer> change, long created, long updated, long skipped, List<Rejection> rejections) {}
}
