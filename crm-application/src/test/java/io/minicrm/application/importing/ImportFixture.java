package io.minicrm.application.importing;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.minicrm.application.CrmException;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.inmemory.InMemoryImportJobStore;
import io.minicrm.application.inmemory.InMemoryOrderStore;
import io.minicrm.application.port.shared.ImportFile;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportedBatch;
import io.minicrm.application.port.shared.StartedImport;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An importer over the in-memory adapters, keeping money in rupees and days in Kolkata, at a fixed instant; it
 * records every event and what the stores held when it was told.
 */
final class ImportFixture {

    static final WorkspaceId SHOP = new WorkspaceId("shop");
    static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final Currency RUPEES = Currency.getInstance("INR");
    static final Duration PATIENCE = Duration.ofSeconds(10);

    final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    final InMemoryOrderStore orders = new InMemoryOrderStore();
    final InMemoryImportJobStore jobs = new InMemoryImportJobStore();
    final List<CrmEvent> events = Collections.synchronizedList(new ArrayList<>());
    /** How many customers and orders the workspace held as each event was told. */
    final List<Held> heldWhenTold = Collections.synchronizedList(new ArrayList<>());

    final CsvImporter importer;

    ImportFixture() {
        this(FieldCatalogue.standard());
    }

    ImportFixture(FieldCatalogue catalogue) {
        // Listeners called on the publisher's thread see each event the moment it is published.
        InMemoryEventBus bus = new InMemoryEventBus(Schedulers.immediate());
        bus.events().subscribe(this::record);
        AtomicLong ids = new AtomicLong();
        CrmSettings settings =
                new CrmSettings(RUPEES, catalogue, Clock.fixed(NOW, KOLKATA), () -> "id-" + ids.incrementAndGet());
        importer = new CsvImporter(customers, orders, jobs, bus, settings);
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    ImportJob importCustomers(String csv) {
        return run(ImportKind.CUSTOMERS, SHOP, csv);
    }

    ImportJob importOrders(String csv) {
        return run(ImportKind.ORDERS, SHOP, csv);
    }

    ImportJob run(ImportKind kind, WorkspaceId workspace, String csv) {
        return importer.run(kind, workspace, utf8(csv)).blockLast();
    }

    CrmException refusal(ImportKind kind, String csv) {
        return catchThrowableOfType(CrmException.class, () -> run(kind, SHOP, csv));
    }

    /** The job as a whole file received in the charset leaves it: completed, or refused and failed. */
    ImportJob receive(ImportKind kind, byte[] file, Charset charset) {
        StartedImport started = importer.receive(kind, SHOP, Mono.just(ImportFile.of(file, charset)))
                .block(PATIENCE);
        started.outcome().onErrorComplete(CrmException.class).block(PATIENCE);
        return jobs.findById(SHOP, started.job().id()).block();
    }

    /** The job as streaming the file in, as UTF-8, leaves it: completed, or refused and failed. */
    ImportJob stream(ImportKind kind, InputStream csv) {
        AtomicReference<ImportJob> started = new AtomicReference<>();
        importer.run(kind, SHOP, csv)
                .doOnNext(job -> started.compareAndSet(null, job))
                .onErrorComplete(CrmException.class)
                .blockLast(PATIENCE);
        return jobs.findById(SHOP, started.get().id()).block();
    }

    Customer customer(String email) {
        return customers.findByEmail(SHOP, new Email(email)).blockOptional().orElseThrow();
    }

    long customerCount(WorkspaceId workspace) {
        return customers.count(workspace).block();
    }

    ImportedBatch batch(ImportKind kind, long customersCreated, long customersUpdated, long ordersCreated) {
        return new ImportedBatch(SHOP, kind, customersCreated, customersUpdated, ordersCreated, NOW);
    }

    private void record(CrmEvent event) {
        events.add(event);
        heldWhenTold.add(new Held(
                customers.count(event.workspace()).block(),
                orders.totals(event.workspace()).block().orders()));
    }

    /** What a workspace's stores hold. */
    record Held(long customers, long orders) {}
}
