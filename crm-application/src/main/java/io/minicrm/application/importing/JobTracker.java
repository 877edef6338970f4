package io.minicrm.application.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportReport;
import reactor.core.publisher.Mono;

/** Keeps an import's job current in the job store as the import moves on. */
final class JobTracker {

    private static final System.Logger LOG = System.getLogger(JobTracker.class.getName());
    private static final String UNREADABLE = "the file could not be read to its end; the batches before that point were stored";

    private final ImportJobStore jobs;
    private final Clock clock;
    private volatile ImportJob job;

    JobTracker(ImportJobStore jobs, Clock clock, ImportJob job) {
        this.jobs = jobs;
        this.clock = clock;
        this.job = job;
    }

    Mono<ImportJob> start() {
        return Mono.defer(() -> jobs.save(job));
    }

    Mono<ImportJob> record(ImportReport soFar) {
        return Mono.defer(() -> jobs.save(job = job.progressed(soFar)));
    }

    Mono<ImportJob> complete() {
        return Mono.defer(() -> jobs.save(job = job.completed(clock.instant())));
    }

    /** Records why the import stopped; what a reader of the job sees never includes the server's internals. */
    Mono<ImportJob> fail(Throwable error) {
        String reason = switch (error) {
            case CrmException refused -> refused.problem().message();
            case UncheckedIOException unreadable -> UNREADABLE;
            case IOException unreadable -> UNREADABLE;
            default -> {
                LOG.log(System.Logger.Level.ERROR, "import " + job.id() + " stopped", error);
                yield "the import stopped on an unexpected error; the batches before that point were stored";
            }
        };
        return Mono.defer(() -> jobs.save(job = job.failed(reason, clock.instant())));
    }
}
