package io.minicrm.application.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.domain.workspace.WorkspaceId;

/** What every import job store does; each adapter's test extends it with a fresh store. */
public abstract class ImportJobStoreContract {

    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final Instant STARTED = Instant.parse("2026-03-15T10:00:00Z");

    protected abstract ImportJobStore store();

    @Test
    void a_saved_job_is_found_in_its_workspace() {
        ImportJob job = ImportJob.started(new ImportJobId("job-1"), SHOP, ImportKind.CUSTOMERS, STARTED);

        store().save(job).block();

        assertThat(store().findById(SHOP, job.id()).block()).isEqualTo(job);
    }

    @Test
    void saving_a_job_again_replaces_it() {
        ImportJob job = ImportJob.started(new ImportJobId("job-1"), SHOP, ImportKind.ORDERS, STARTED);
        ImportJob finished = job.progressed(ImportReport.ofBatch(2, 0, 1, List.of())).completed(STARTED.plusSeconds(5));

        store().save(job).then(store().save(finished)).block();

        assertThat(store().findById(SHOP, job.id()).block()).isEqualTo(finished);
    }

    @Test
    void a_job_is_not_found_from_another_workspace() {
        ImportJob job = ImportJob.started(new ImportJobId("job-1"), SHOP, ImportKind.CUSTOMERS, STARTED);

        store().save(job).block();

        assertThat(store().findById(new WorkspaceId("other"), job.id()).block()).isNull();
        assertThat(store().findById(SHOP, new ImportJobId("job-2")).block()).isNull();
    }
}
