package io.minicrm.application.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.out.Work;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * The receipts of a batch that could not be written together, written one at a time, so that one receipt that cannot
 * be written holds up none of the others. That one is set aside as a dead letter of its delivery, the receipt with it,
 * and acknowledged; a receipt of a delivery not stored, or one that cannot even be set aside, is logged and dropped.
 */
final class ReceiptsAlone {

    private static final Logger LOG = Loggers.getLogger(ReceiptsAlone.class);

    private final PipelinePorts ports;
    private final Clock clock;
    private final PipelineSettings settings;
    private final Function<List<Work<Receipt>>, Mono<Void>> written;

    /** {@code written} writes and acknowledges a batch, trying again as a step does; it fails when it gave up. */
    ReceiptsAlone(
            PipelinePorts ports,
            Clock clock,
            PipelineSettings settings,
            Function<List<Work<Receipt>>, Mono<Void>> written) {
        this.ports = ports;
        this.clock = clock;
        this.settings = settings;
        this.written = written;
    }

    Mono<Void> after(List<Work<Receipt>> batch, Throwable failure) {
        if (batch.size() == 1) {
            return setAside(batch.getFirst(), failure);
        }
        LOG.warn("Writing " + batch.size() + " receipts together given up, "
                + SetAside.because("writing", failure, settings.stepTries()) + "; writing them one at a time");
        return Flux.fromIterable(batch)
                .concatMap(work -> written.apply(List.of(work)).onErrorResume(alone -> setAside(work, alone)))
                .then();
    }

    private Mono<Void> setAside(Work<Receipt> work, Throwable failure) {
        Receipt receipt = work.payload();
        return tried(ports.deliveries().findById(receipt.delivery()), "Reading delivery " + receipt.delivery())
                .map(delivery -> SetAside.receipt(delivery, receipt, failure, settings.stepTries(), clock.instant()))
                .flatMap(letter -> tried(
                                ports.queue().setAside(List.of(letter)), "Setting aside delivery " + receipt.delivery())
                        .thenReturn(letter))
                .switchIfEmpty(Mono.fromRunnable(() -> LOG.error("A receipt for delivery " + receipt.delivery()
                        + " is dropped, as no such delivery is stored, though "
                        + SetAside.because("writing it", failure, settings.stepTries()))))
                .onErrorResume(lost -> Mono.fromRunnable(() -> LOG.error("A receipt for delivery " + receipt.delivery()
                        + " is dropped, " + SetAside.because("setting it aside", lost, settings.stepTries())
                        + ", though "
                        + SetAside.because("writing it", failure, settings.stepTries()))))
                .then(work.acknowledge());
    }

    private <T> Mono<T> tried(Mono<T> work, String what) {
        return Retrying.atMost(settings.stepTries(), work, settings.retryBackoff(), LOG, () -> what);
    }
}
