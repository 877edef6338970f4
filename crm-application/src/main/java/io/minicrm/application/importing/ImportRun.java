package io.minicrm.application.importing;

import java.io.InputStream;
import java.time.Duration;
import java.util.function.Function;

import io.minicrm.application.CrmException;
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

    private ImportRun() {
    }

    /**
     * The job each time it is saved: started, once the header is read, after each batch, and finished. Cancelled, it
     * is marked interrupted.
     */
    static <R> Flux<ImportJob> run(JobTracker tracker, InputStream csv, Function<Header, Either<Problem, ImportPlan<R>>> planner,
                                   Duration heartbeat) {
        Flux<ImportJob> progress = Flux.using(() -> CsvFile.open(csv),
                file -> file.header().flatMapMany(header -> orRefused(planner.apply(header))
                                .flatMapMany(plan -> file.rows(header)
                                        .map(plan::read)
                                        .buffer(BATCH_SIZE)
                                        // The next batch is read and parsed while this one is stored: a second core at work.
                                        .publishOn(Schedulers.boundedElastic(), 1)
                                        .concatMap(plan::store, 1)
                                        .scan(ImportReport.begun(plan.ignoredColumns()), ImportReport::plus)))
                        .concatMap(tracker::record, 1));
        Flux<ImportJob> whole = Flux.concat(tracker.start(), progress, tracker.complete())
                .onErrorResume(error -> tracker.fail(error).then(Mono.error(error)))
                .doOnCancel(() -> tracker.interrupt(CANCELLED).onErrorComplete().subscribe());
        return Flux.using(() -> heartbeat(tracker, heartbeat), beating -> whole, Disposable::dispose);
    }

    private static Disposable heartbeat(JobTracker tracker, Duration every) {
        return Flux.interval(every).onBackpressureDrop()
                .concatMap(tick -> tracker.touch().onErrorComplete(), 1)
                .subscribe();
    }

    private static <T> Mono<T> orRefused(Either<Problem, T> outcome) {
        return outcome.fold(problem -> Mono.error(new CrmException(problem)), Mono::just);
    }
}
