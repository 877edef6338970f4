package io.minicrm.application.importing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.ImportFile;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs one import: reads the header, then streams the rows through the plan in batches. One batch is stored at a time
 * and at most one more is read ahead, and only as fast as the job updates are asked for, so memory stays bounded
 * whatever the size of the file. While it runs, its job is touched every heartbeat, so that it is never taken for lost.
 */
final class ImportRun {

    static final int BATCH_SIZE = 1_000;
    static final String CANCELLED = "the import was called off before it finished; import the file again to finish it"
            + " (the rows it stored are skipped)";

    /** How rows are read and stored once the header is known; a refusal when the header does not fit the kind of file. */
    @FunctionalInterface
    interface Planner {
        Either<Problem, ImportPlan<?>> plan(Header header);
    }

    private ImportRun() {}

    /** Reads and stores a UTF-8 stream in one pass; emits the job each time it is saved, started to finished. */
    static Flux<ImportJob> streamed(JobTracker tracker, InputStream csv, Planner planner, Duration heartbeat) {
        return tracked(tracker, heartbeat, stored(tracker, () -> CsvFile.open(csv, StandardCharsets.UTF_8), planner));
    }

    /**
     * Waits for the whole file, reads it through once to check it, and only then stores its rows, so that a file that
     * does not arrive, or is refused, leaves nothing stored. The file is closed once the import is done with it.
     */
    static Flux<ImportJob> staged(JobTracker tracker, Mono<ImportFile> arriving, Planner planner, Duration heartbeat) {
        Flux<ImportJob> work = Flux.usingWhen(
                arriving,
                file -> checked(file, planner)
                        .thenMany(stored(tracker, () -> CsvFile.open(file.open(), file.charset()), planner)),
                file -> Mono.fromCallable(() -> {
                            file.close();
                            return file;
                        })
                        .subscribeOn(Schedulers.boundedElastic())
                        .onErrorComplete());
        return tracked(tracker, heartbeat, work);
    }

    private static Flux<ImportJob> tracked(JobTracker tracker, Duration heartbeat, Flux<ImportJob> work) {
        Flux<ImportJob> whole = Flux.concat(tracker.start(), work, tracker.complete())
                .onErrorResume(error -> tracker.fail(error).then(Mono.error(atBoundary(error))))
                .doOnCancel(() -> tracker.interrupt(CANCELLED).onErrorComplete().subscribe());
        return Flux.using(() -> heartbeat(tracker, heartbeat), beating -> whole, Disposable::dispose);
    }

    private static Disposable heartbeat(JobTracker tracker, Duration every) {
        return Flux.interval(every)
                .onBackpressureDrop()
                .concatMap(tick -> tracker.touch().onErrorComplete(), 1)
                .subscribe();
    }

    /** Every row of the file read and parsed, nothing stored: what the file's refusal, if any, would be. */
    private static Mono<Void> checked(ImportFile file, Planner planner) {
        return Flux.using(
                        () -> CsvFile.open(file.open(), file.charset()),
                        csv -> csv.header()
                                .flatMapMany(header ->
                                        orRefused(planner.plan(header)).thenMany(csv.rows(header))))
                .then();
    }

    /** The job after the header is read and after each batch is stored. */
    private static Flux<ImportJob> stored(JobTracker tracker, Callable<CsvFile> opening, Planner planner) {
        return Flux.using(
                opening,
                file -> file.header()
                        .flatMapMany(header ->
                                orRefused(planner.plan(header)).flatMapMany(plan -> reports(file, header, plan)))
                        .concatMap(tracker::record, 1));
    }

    private static <R> Flux<ImportReport> reports(CsvFile file, Header header, ImportPlan<R> plan) {
        return file.rows(header)
                .map(plan::read)
                .buffer(BATCH_SIZE)
                // The next batch is read and parsed while this one is stored: a second core at work.
                .publishOn(Schedulers.boundedElastic(), 1)
                .concatMap(plan::store, 1)
                .scan(ImportReport.begun(plan.ignoredColumns()), ImportReport::plus);
    }

    private static <T> Mono<T> orRefused(Either<Problem, T> outcome) {
        return outcome.fold(problem -> Mono.error(new CrmException(problem)), Mono::just);
    }

    /** A refused file reaches the caller as the one exception every refusal travels as. */
    private static Throwable atBoundary(Throwable error) {
        return error instanceof FileRefused refused ? refused.toCrmException() : error;
    }
}
