package io.minicrm.application.importing;

import java.time.Clock;
import java.time.Instant;

import io.minicrm.application.ImportSettings;
import io.minicrm.application.port.out.ImportJobStore;
import reactor.core.publisher.Mono;

/**
 * Finds the import jobs whose process stopped before they finished (killed, or its node gone): still running, yet not
 * updated for longer than the settings allow, when a live import is updated four times as often. It marks them
 * interrupted, keeping the rows their report counts. Any engine sharing the job store may find them, so none is
 * taken for lost while its own process is still at work on it.
 */
public final class StaleImports {

    static final String LOST = "the process running this import stopped before it finished; import the file again to"
            + " finish it (the rows it stored are skipped)";
    private static final System.Logger LOG = System.getLogger(StaleImports.class.getName());

    private final ImportJobStore jobs;
    private final ImportSettings settings;
    private final Clock clock;

    public StaleImports(ImportJobStore jobs, ImportSettings settings, Clock clock) {
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
    }

    /** Marks the jobs gone silent interrupted; emits how many it marked. */
    public Mono<Long> interrupt() {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            return jobs.interruptStale(now.minus(settings.staleAfter()), LOST, now)
                    .doOnNext(job -> LOG.log(
                            System.Logger.Level.WARNING,
                            "Import " + job.id() + " of workspace "
                                    + job.workspace() + " was silent for over " + settings.staleAfter()
                                    + "; marked interrupted after "
                                    + job.report().rowsRead() + " rows"))
                    .count();
        });
    }
}
