package io.minicrm.application.importing;

import java.io.InputStream;
import java.util.function.Function;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs one import: reads the header, then streams the rows through the plan in batches. One batch is stored at a time
 * and at most one more is read ahead, and only as fast as the job updates are asked for, so memory stays bounded
 * whatever the size of the file.
 */
final class ImportRun {

    static final int BATCH_SIZE = 1_000;

    private ImportRun() {
    }

    /** The job each time it is saved: started, once the header is read, after each batch, and finished. */
    static <R> Flux<ImportJob> run(JobTracker tracker, InputStream csv, Function<Header, Either<Problem, ImportPlan<R>>> planner) {
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
        return Flux.concat(tracker.start(), progress, tracker.complete())
                .onErrorResume(error -> tracker.fail(error).then(Mono.error(error)));
    }

    private static <T> Mono<T> orRefused(Either<Problem, T> outcome) {
        return outcome.fold(problem -> Mono.error(new CrmException(problem)), Mono::just);
    }
}
