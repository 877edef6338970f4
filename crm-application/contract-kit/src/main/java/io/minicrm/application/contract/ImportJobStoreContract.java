package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.Rejection;
import reactor.test.StepVerifier;

/** What every {@link ImportJobStore} does; an adapter's test extends it and gives a new, empty store from {@link #newStore()}. */
public abstract class ImportJobStoreContract {

    private static final Instant STARTED = Instant.parse("2026-03-15T10:00:00.123456789Z");

    private ImportJobStore store;

    protected abstract ImportJobStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void a_saved_job_is_found_in_its_workspace() {
        ImportJob job = ImportJob.started(new ImportJobId("job-1"), A, ImportKind.CUSTOMERS, STARTED);

        StepVerifier.create(store.save(job)).expectNext(job).verifyComplete();

        assertThat(store.findById(A, job.id()).block()).isEqualTo(job);
    }

    @Test
    void saving_a_job_again_replaces_it() {
        ImportJob job = ImportJob.started(new ImportJobId("job-1"), A, ImportKind.ORDERS, STARTED);
        ImportJob finished = job.progressed(ImportReport.ofBatch(2, 0, 1, List.of())).completed(STARTED.plusSeconds(5));

        store.save(job).then(store.save(finished)).block();

        assertThat(store.findById(A, job.id()).block()).isEqualTo(finished);
    }

    @Test
    void keeps_a_failed_jobs_report_with_its_ignored_columns_and_rejections() {
        List<Rejection> rejections = LongStream.rangeClosed(2, 4)
                .mapToObj(line -> line % 2 == 0 ? Rejection.at(line, "email", "'x' is not an e-mail address")
                        : new Rejection(line, Optional.empty(), "the row has 9 cells, the header 3"))
                .toList();
        ImportReport report = ImportReport.begun(List.of("favourite colour")).plus(ImportReport.ofBatch(5, 1, 0, rejections));
        ImportJob failed = ImportJob.started(new ImportJobId("job-1"), A, ImportKind.CUSTOMERS, STARTED)
                .progressed(report).failed("the file is not UTF-8", STARTED.plusMillis(1500));

        store.save(failed).block();

        assertThat(store.findById(A, failed.id()).block()).isEqualTo(failed);
    }

    @Test
    void a_job_is_not_found_from_another_workspace() {
        ImportJob job = ImportJob.started(new ImportJobId("job-1"), A, ImportKind.CUSTOMERS, STARTED);

        store.save(job).block();

        StepVerifier.create(store.findById(B, job.id())).verifyComplete();
        StepVerifier.create(store.findById(A, new ImportJobId("job-2"))).verifyComplete();
    }

    @Test
    void two_workspaces_may_hold_jobs_of_the_same_id() {
        ImportJob inA = ImportJob.started(new ImportJobId("job-1"), A, ImportKind.CUSTOMERS, STARTED);
        ImportJob inB = ImportJob.started(new ImportJobId("job-1"), B, ImportKind.ORDERS, STARTED.plusSeconds(1));

        store.save(inA).then(store.save(inB)).block();

        assertThat(store.findById(A, inA.id()).block()).isEqualTo(inA);
        assertThat(store.findById(B, inB.id()).block()).isEqualTo(inB);
    }
}
