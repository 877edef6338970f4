package io.minicrm.application.port.shared;

import java.util.Objects;

import reactor.core.publisher.Mono;

/**
 * An import going on in the background: its job as saved when it started, and its outcome, which emits the job once
 * it has completed or fails with what stopped it once the job records it. The outcome is kept for every subscriber;
 * whether anyone subscribes changes nothing about the import.
 */
public record StartedImport(ImportJob job, Mono<ImportJob> outcome) {
    public StartedImport {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(outcome, "outcome");
    }
}
