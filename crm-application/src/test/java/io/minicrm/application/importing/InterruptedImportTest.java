package io.minicrm.application.importing;

import static io.minicrm.application.importing.ImportFixture.PATIENCE;
import static io.minicrm.application.importing.ImportFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.minicrm.application.Crm;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.ImportSettings;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.inmemory.InMemoryImportJobStore;
import io.minicrm.application.inmemory.InMemoryOrderStore;
import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.StartedImport;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class InterruptedImportTest {

    private static final ImportSettings QUICK = new ImportSettings(Duration.ofMillis(400));

    private final InMemoryImportJobStore jobs = new InMemoryImportJobStore();
    private final Clock clock = Clock.systemUTC();

    private Crm engine(ImportSettings settings) {
        return Crm.builder()
                .importJobStore(jobs)
                .importSettings(settings)
                .build()
                .start();
    }

    private ImportJob job(ImportJobId id) {
        return jobs.findById(SHOP, id).block();
    }

    private ImportJob eventually(ImportJobId id, ImportStatus status) {
        return Flux.interval(Duration.ofMillis(20))
                .concatMap(tick -> jobs.findById(SHOP, id))
                .filter(job -> job.status() == status)
                .blockFirst(PATIENCE);
    }

    private static GeneratedCsv customers(int rows) {
        return new GeneratedCsv("email,name", rows, row -> "c" + row + "@example.com,Customer " + row);
    }

    @Test
    void an_engine_that_stops_marks_the_imports_it_runs_in_the_background_interrupted() {
        Crm crm = engine(ImportSettings.DEFAULT);
        StartedImport started =
                crm.imports().receive(ImportKind.CUSTOMERS, SHOP, Mono.never()).block(PATIENCE);

        crm.close();

        ImportJob stopped = job(started.job().id());
        assertThat(stopped.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(stopped.failure()).contains(ImportFailure.of(CsvImporter.STOPPED));
        assertThat(stopped.finishedAt()).isPresent();
    }

    @Test
    void
            a_job_left_running_by_a_process_that_died_is_marked_interrupted_when_an_engine_starts_with_the_rows_it_stored() {
        ImportReport stored = ImportReport.ofBatch(3_000, 0, 0, List.of());
        Instant longAgo = clock.instant().minus(Duration.ofHours(2));
        ImportJob orphan = ImportJob.started(new ImportJobId("orphan"), SHOP, ImportKind.CUSTOMERS, longAgo)
                .progressed(stored, longAgo.plusSeconds(30));
        jobs.save(orphan).block();

        try (Crm crm = engine(ImportSettings.DEFAULT)) {
            ImportJob found = crm.imports().job(SHOP, orphan.id()).block();

            assertThat(found.status()).isEqualTo(ImportStatus.INTERRUPTED);
            assertThat(found.report()).isEqualTo(stored);
            assertThat(found.failure()).contains(ImportFailure.of(StaleImports.LOST));
        }
    }

    @Test
    void a_job_updated_lately_is_left_to_the_process_that_runs_it() {
        ImportJob lively = ImportJob.started(
                new ImportJobId("lively"),
                SHOP,
                ImportKind.CUSTOMERS,
                clock.instant().minusSeconds(10));
        jobs.save(lively).block();

        try (Crm crm = engine(ImportSettings.DEFAULT)) {
            assertThat(crm.imports().job(SHOP, lively.id()).block().status()).isEqualTo(ImportStatus.RUNNING);
        }
    }

    @Test
    void a_job_whose_process_falls_silent_while_an_engine_runs_is_marked_by_its_periodic_check() {
        try (Crm crm = engine(QUICK)) {
            ImportJob silent = ImportJob.started(new ImportJobId("silent"), SHOP, ImportKind.ORDERS, clock.instant());
            jobs.save(silent).block();

            assertThat(eventually(silent.id(), ImportStatus.INTERRUPTED).failure())
                    .contains(ImportFailure.of(StaleImports.LOST));
        }
    }

    @Test
    void an_import_at_work_says_so_and_is_never_taken_for_lost() throws InterruptedException {
        AtomicLong ids = new AtomicLong();
        CrmSettings settings = new CrmSettings(
                CrmSettings.defaults().currency(),
                CrmSettings.defaults().catalogue(),
                clock,
                () -> "id-" + ids.incrementAndGet());
        try (CsvImporter importer = new CsvImporter(
                new InMemoryCustomerStore(), new InMemoryOrderStore(), jobs, new InMemoryEventBus(), settings, QUICK)) {
            StartedImport waiting =
                    importer.receive(ImportKind.CUSTOMERS, SHOP, Mono.never()).block(PATIENCE);
            Thread.sleep(1_200);

            long marked = new StaleImports(jobs, QUICK, clock).interrupt().block();

            assertThat(marked).isZero();
            ImportJob alive = job(waiting.job().id());
            assertThat(alive.status()).isEqualTo(ImportStatus.RUNNING);
            assertThat(alive.updatedAt()).isAfter(waiting.job().updatedAt().plusMillis(500));
        }
    }

    @Test
    void cancelling_a_streamed_import_marks_its_job_interrupted() {
        ImportFixture shop = new ImportFixture();

        ImportJob third = shop.importer
                .run(ImportKind.CUSTOMERS, SHOP, customers(100_000).stream())
                .take(3)
                .blockLast(PATIENCE);

        ImportJob cancelled = Flux.interval(Duration.ofMillis(20))
                .concatMap(tick -> shop.jobs.findById(SHOP, third.id()))
                .filter(job -> !job.isRunning())
                .blockFirst(PATIENCE);
        assertThat(cancelled.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(cancelled.failure()).contains(ImportFailure.of(ImportRun.CANCELLED));
    }

    @Test
    void an_interrupted_import_run_again_finishes_the_file_and_skips_the_rows_it_had_stored() {
        ImportFixture shop = new ImportFixture();
        ImportJob third = shop.importer
                .run(ImportKind.CUSTOMERS, SHOP, customers(2_500).stream())
                .take(3)
                .blockLast(PATIENCE);
        Flux.interval(Duration.ofMillis(20))
                .concatMap(tick -> shop.jobs.findById(SHOP, third.id()))
                .filter(job -> !job.isRunning())
                .blockFirst(PATIENCE);
        // A batch that was being stored when the import was called off settles.
        Mono.delay(Duration.ofMillis(200)).block();
        long storedBefore = shop.customerCount(SHOP);

        ImportJob again = shop.importer
                .run(ImportKind.CUSTOMERS, SHOP, customers(2_500).stream())
                .blockLast(PATIENCE);

        assertThat(storedBefore).isBetween(1_000L, 2_000L);
        assertThat(again.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(again.report().created()).isEqualTo(2_500 - storedBefore);
        assertThat(again.report().skipped()).isEqualTo(storedBefore);
        assertThat(shop.customerCount(SHOP)).isEqualTo(2_500);
    }
}
