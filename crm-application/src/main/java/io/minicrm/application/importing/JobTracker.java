package io.minicrm.application.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportReport;
import reactor.core.publisher.Mono;

/** Keeps an import's job current in the job store as the import moves on. */
final class JobTracker {

    private static final System.Logger LOG = System.getLogger(JobTracker.class.getName());
    private static final String UNREADABLE = "the file could not be read to its end";

    private final ImportJobStore jobs;
    private final Clock clock;
    private volatile ImportJob job;

    JobTracker(ImportJobStore jobs, Clock clock, ImportJob job) {
        this.jobs = jobs;
        this.clock = clock;
        this.job = job;
    }

    ImportJobId id() {
        return job.id();
    }

    Mono<ImportJob> start() {
        return Mono.defer(() -> jobs.save(job));
    }

    Mono<ImportJob> record(ImportReport soFar) {
        return Mono.defer(() -> jobs.save(job = job.progressed(soFar, clock.instant())));
    }

    Mono<ImportJob> complete() {
        return Mono.defer(() -> jobs.save(job = job.completed(clock.instant())));
    }

    /** Tells the store the import is still at work, so that no engine takes its job for lost. */
    Mono<Void> touch() {
        return Mono.defer(
                () -> job.isRunning() ? jobs.touch(job.workspace(), job.id(), clock.instant()) : Mono.empty());
    }

    /** Records why the import stopped; what a reader of the job sees never includes the server's internals. */
    Mono<ImportJob> fail(Throwable error) {
        ImportFailure why = switch (error) {
            case FileRefused refused -> refused.failure();
            case CrmException refused -> ImportFailure.of(refused.problem().message());
            case UncheckedIOException unreadable -> ImportFailure.of(UNREADABLE);
            case IOException unreadable -> ImportFailure.of(UNREADABLE);
            default -> {
                LOG.log(System.Logger.Level.ERROR, "import " + job.id() + " stopped", error);
                yield ImportFailure.of("the import stopped on an unexpected error");
            }
        };
        return Mono.defer(() -> jobs.save(job = job.failed(why, clock.instant())));
    }

    /** Records that the import was stopped before its end, unless it has already ended. */
    Mono<ImportJob> interrupt(String reason) {
        return Mono.defer(() -> {
            ImportJob running = job;
            return running.isRunning() ? jobs.save(job = running.interrupted(reason, clock.instant())) : Mono.empty();
        });
    }
}
