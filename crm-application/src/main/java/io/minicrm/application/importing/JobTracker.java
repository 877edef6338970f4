package io.minicrm.application.importing;

import java.time.Clock;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportReport;
import reactor.core.publisher.Mono;

/** Keeps an import's job current in the job store as the import moves on. */
final class JobTracker {

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

    Mono<ImportJob> fail(Throwable error) {
        String reason = error instanceof CrmException refused ? refused.problem().message() : "the import stopped: " + error;
        return Mono.defer(() -> jobs.save(job = job.failed(reason, clock.instant())));
    }
}
