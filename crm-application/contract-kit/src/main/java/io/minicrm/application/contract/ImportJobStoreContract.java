package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.application.port.shared.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** What every {@link ImportJobStore} does; an adapter's test extends it and gives a new, empty store from {@link #newStore()}. */
public abstract class ImportJobStoreContract {

    private static final Instant STARTED = Instant.parse("2026-03-15T10:00:00.123456789Z");
    private static final String LOST = "the process running this import stopped";

    private ImportJobStore store;

    protected abstract ImportJobStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private static ImportJob running(String id, Instant started) {
        return ImportJob.started(new ImportJobId(id), A, ImportKind.CUSTOMERS, started);
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
        ImportJob finished = job.progressed(ImportReport.ofBatch(2, 0, 1, List.of()), STARTED.plusSeconds(4))
                .completed(STARTED.plusSeconds(5));

        store.save(job).then(store.save(finished)).block();

        assertThat(store.findById(A, job.id()).block()).isEqualTo(finished);
    }

    @Test
    void keeps_a_failed_jobs_report_with_its_ignored_columns_and_rejections_and_where_the_file_went_wrong() {
        List<Rejection> rejections = LongStream.rangeClosed(2, 4)
                .mapToObj(line -> line % 2 == 0
                        ? Rejection.at(line, "email", "'x' is not an e-mail address")
                        : new Rejection(line, Optional.empty(), "the row has 9 cells, the header 3"))
                .toList();
        ImportReport report =
                ImportReport.begun(List.of("favourite colour")).plus(ImportReport.ofBatch(5, 1, 0, rejections));
        ImportJob failed = ImportJob.started(new ImportJobId("job-1"), A, ImportKind.CUSTOMERS, STARTED)
                .progressed(report, STARTED.plusMillis(700))
                .failed(
                        ImportFailure.at(7, Optional.of("notes"), "a cell holds at most 10,000 characters"),
                        STARTED.plusMillis(1500));
        ImportJob unlocated = running("job-2", STARTED)
                .failed(ImportFailure.of("the file could not be read to its end"), STARTED.plusSeconds(1));
        ImportJob onALine = running("job-3", STARTED)
                .failed(
                        ImportFailure.at(3, Optional.empty(), "the bytes E9 20 are not UTF-8 text"),
                        STARTED.plusSeconds(1));

        store.save(failed).then(store.save(unlocated)).then(store.save(onALine)).block();

        assertThat(store.findById(A, failed.id()).block()).isEqualTo(failed);
        assertThat(store.findById(A, unlocated.id()).block()).isEqualTo(unlocated);
        assertThat(store.findById(A, onALine.id()).block()).isEqualTo(onALine);
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

    @Test
    void jobs_are_listed_newest_first_a_page_at_a_time_with_the_workspace_total() {
        IntStream.range(0, 5)
                .forEach(n ->
                        store.save(running("job-" + n, STARTED.plusSeconds(n))).block());
        store.save(running("job-9", STARTED.plusSeconds(2))).block();
        store.save(ImportJob.started(new ImportJobId("job-b"), B, ImportKind.ORDERS, STARTED.plusSeconds(60)))
                .block();

        Page<ImportJob> first = store.list(A, new PageRequest(0, 4)).block();
        Page<ImportJob> second = store.list(A, new PageRequest(1, 4)).block();

        assertThat(first.items())
                .extracting(job -> job.id().value())
                .containsExactly("job-4", "job-3", "job-9", "job-2");
        assertThat(second.items()).extracting(job -> job.id().value()).containsExactly("job-1", "job-0");
        assertThat(first.total()).isEqualTo(6);
        assertThat(store.list(B, PageRequest.FIRST).block().items())
                .extracting(job -> job.id().value())
                .containsExactly("job-b");
        assertThat(store.list(A, new PageRequest(9, 4)).block().items()).isEmpty();
    }

    @Test
    void a_running_job_silent_since_before_the_cutoff_is_marked_interrupted_keeping_its_report() {
        ImportReport stored = ImportReport.ofBatch(1_000, 0, 0, List.of());
        ImportJob silent = running("job-1", STARTED).progressed(stored, STARTED.plusSeconds(10));
        store.save(silent).block();

        List<ImportJob> marked = store.interruptStale(STARTED.plusSeconds(11), LOST, STARTED.plusSeconds(90))
                .collectList()
                .block();

        ImportJob interrupted = silent.interrupted(LOST, STARTED.plusSeconds(90));
        assertThat(marked).containsExactly(interrupted);
        assertThat(store.findById(A, silent.id()).block()).isEqualTo(interrupted);
        assertThat(interrupted.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(interrupted.report()).isEqualTo(stored);
    }

    @Test
    void jobs_updated_since_the_cutoff_and_jobs_that_have_stopped_are_left_as_they_are() {
        ImportJob recent = running("job-1", STARTED).progressed(ImportReport.begun(List.of()), STARTED.plusSeconds(30));
        ImportJob completed = running("job-2", STARTED).completed(STARTED.plusSeconds(1));
        ImportJob failed = running("job-3", STARTED).failed(ImportFailure.of("refused"), STARTED.plusSeconds(1));
        ImportJob interrupted = running("job-4", STARTED).interrupted("stopped", STARTED.plusSeconds(1));
        store.save(recent)
                .then(store.save(completed))
                .then(store.save(failed))
                .then(store.save(interrupted))
                .block();

        StepVerifier.create(store.interruptStale(STARTED.plusSeconds(30), LOST, STARTED.plusSeconds(90)))
                .verifyComplete();

        assertThat(List.of(recent, completed, failed, interrupted))
                .allSatisfy(
                        job -> assertThat(store.findById(A, job.id()).block()).isEqualTo(job));
    }

    @Test
    void silent_jobs_of_every_workspace_are_marked() {
        ImportJob inA = running("job-1", STARTED);
        ImportJob inB = ImportJob.started(new ImportJobId("job-1"), B, ImportKind.ORDERS, STARTED);
        store.save(inA).then(store.save(inB)).block();

        List<ImportJob> marked = store.interruptStale(STARTED.plusSeconds(1), LOST, STARTED.plusSeconds(90))
                .collectList()
                .block();

        assertThat(marked).extracting(ImportJob::workspace).containsExactlyInAnyOrder(A, B);
        assertThat(store.findById(B, inB.id()).block().status()).isEqualTo(ImportStatus.INTERRUPTED);
    }

    @Test
    void a_touched_job_is_no_longer_silent() {
        ImportJob job = running("job-1", STARTED);
        store.save(job).block();

        store.touch(A, job.id(), STARTED.plusSeconds(20)).block();

        StepVerifier.create(store.interruptStale(STARTED.plusSeconds(20), LOST, STARTED.plusSeconds(90)))
                .verifyComplete();
        assertThat(store.findById(A, job.id()).block())
                .isEqualTo(job.progressed(job.report(), STARTED.plusSeconds(20)));
    }

    @Test
    void touching_a_job_that_has_stopped_or_does_not_exist_changes_nothing() {
        ImportJob completed = running("job-1", STARTED).completed(STARTED.plusSeconds(1));
        store.save(completed).block();

        store.touch(A, completed.id(), STARTED.plusSeconds(20)).block();
        store.touch(A, new ImportJobId("job-2"), STARTED.plusSeconds(20)).block();
        store.touch(B, completed.id(), STARTED.plusSeconds(20)).block();

        assertThat(store.findById(A, completed.id()).block()).isEqualTo(completed);
        StepVerifier.create(store.findById(A, new ImportJobId("job-2"))).verifyComplete();
        StepVerifier.create(store.findById(B, completed.id())).verifyComplete();
    }
}
