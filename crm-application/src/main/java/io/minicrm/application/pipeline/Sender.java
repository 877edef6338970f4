package io.minicrm.application.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.out.DispatchQueue.DeadLetter;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.application.port.out.Work;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * Sends requested deliveries through the channel, several at a time, and reports their receipts (and the requests it
 * gave up on) in batches; any number of senders may share the queue. A request whose handling fails on every try, or
 * still fails after the tries allowed, is given up on: set aside as a dead letter, its delivery left pending. A
 * request is acknowledged once what became of it is handed to the queue.
 */
public final class Sender {

    private static final Logger LOG = Loggers.getLogger(Sender.class);
    private static final int REPORTS_UNDER_WAY = 4;

    private final PipelinePorts ports;
    private final Clock clock;
    private final PipelineSettings settings;
    private final Sending sending;

    public Sender(PipelinePorts ports, CrmSettings crm, PipelineSettings settings) {
        this.ports = ports;
        this.clock = crm.clock();
        this.settings = settings;
        this.sending = new Sending(ports, clock, settings);
    }

    /** Consumes delivery requests until disposed. */
    public Disposable start() {
        return ports.queue()
                .deliveryRequests()
                .flatMap(
                        work -> Retrying.atMost(
                                        settings.stepTries(),
                                        sending.outcomeOf(work.payload()),
                                        settings.retryBackoff(),
                                        LOG,
                                        () -> "Sending delivery "
                                                + work.payload().delivery())
                                .onErrorResume(failure -> Mono.justOrEmpty(
                                        SetAside.request(work.payload(), failure, settings.stepTries(), clock.instant())
                                                .map(Sending.Outcome.SetAside::new)))
                                .map(outcome -> new Handled(work, Optional.of(outcome)))
                                .defaultIfEmpty(new Handled(work, Optional.empty())),
                        settings.sendConcurrency())
                .bufferTimeout(settings.receiptBatch(), settings.receiptWindow(), true)
                // Several batches on their way at once, so that the queue's round trip does not pace the sender.
                .flatMap(this::report, REPORTS_UNDER_WAY)
                .subscribe(null, stopped -> LOG.error("A sender stopped: " + Failures.reason(stopped), stopped));
    }

    private Mono<Void> report(List<Handled> handled) {
        List<Sending.Outcome> outcomes =
                handled.stream().flatMap(one -> one.outcome().stream()).toList();
        List<Receipt> receipts = outcomes.stream()
                .<Receipt>mapMulti((outcome, next) -> {
                    if (outcome instanceof Sending.Outcome.Report(Receipt receipt)) {
                        next.accept(receipt);
                    }
                })
                .toList();
        List<DeadLetter> letters = outcomes.stream()
                .<DeadLetter>mapMulti((outcome, next) -> {
                    if (outcome instanceof Sending.Outcome.SetAside(DeadLetter letter)) {
                        next.accept(letter);
                    }
                })
                .toList();
        Mono<Void> handOver = Mono.when(
                receipts.isEmpty() ? Mono.empty() : ports.queue().reportReceipts(receipts),
                letters.isEmpty() ? Mono.empty() : ports.queue().setAside(letters));
        return Retrying.atMost(
                        settings.stepTries(),
                        handOver,
                        settings.retryBackoff(),
                        LOG,
                        () -> "Reporting " + receipts.size() + " receipts and " + letters.size() + " dead letters")
                .onErrorResume(failure -> Mono.fromRunnable(() -> LOG.error("Reporting " + receipts.size()
                        + " receipts and " + letters.size() + " dead letters given up, "
                        + SetAside.because("handing them to the queue", failure, settings.stepTries())
                        + "; their deliveries stay pending until the pipeline next starts")))
                .thenMany(Flux.fromIterable(handled).concatMap(one -> one.work().acknowledge()))
                .then();
    }

    /** A request taken from the queue and what became of it, if anything. */
    private record Handled(Work<DeliveryRequest> work, Optional<Sending.Outcome> outcome) {}
}
