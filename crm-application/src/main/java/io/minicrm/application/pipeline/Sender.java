package io.minicrm.application.pipeline;

import java.util.List;
import java.util.Optional;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.application.port.out.Work;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * Sends requested deliveries through the channel, several at a time, and reports their receipts in batches; any number
 * of senders may share the queue. A request is acknowledged once its receipt is handed to the queue.
 */
public final class Sender {

    private static final Logger LOG = Loggers.getLogger(Sender.class);

    private final PipelinePorts ports;
    private final PipelineSettings settings;
    private final Sending sending;

    public Sender(PipelinePorts ports, CrmSettings crm, PipelineSettings settings) {
        this.ports = ports;
        this.settings = settings;
        this.sending = new Sending(ports, crm.clock(), settings);
    }

    /** Consumes delivery requests until disposed. */
    public Disposable start() {
        return ports.queue().deliveryRequests()
                .flatMap(work -> sending.receiptFor(work.payload())
                        .map(receipt -> new Handled(work, Optional.of(receipt)))
                        .defaultIfEmpty(new Handled(work, Optional.empty()))
                        .onErrorResume(error -> unacknowledged("Sending delivery " + work.payload().delivery(), error)),
                        settings.sendConcurrency())
                .bufferTimeout(settings.receiptBatch(), settings.receiptWindow(), true)
                .concatMap(this::report, 1)
                .subscribe();
    }

    private Mono<Void> report(List<Handled> handled) {
        List<Receipt> receipts = handled.stream().flatMap(one -> one.receipt().stream()).toList();
        return ports.queue().reportReceipts(receipts)
                .thenMany(Flux.fromIterable(handled).concatMap(one -> one.work().acknowledge()))
                .then()
                .onErrorResume(error -> unacknowledged("Reporting " + receipts.size() + " receipts", error));
    }

    private static <T> Mono<T> unacknowledged(String what, Throwable error) {
        LOG.warn(what + " failed; the request is handed out again once this sender stops", error);
        return Mono.empty();
    }

    /** A request taken from the queue and the receipt it led to, if any. */
    private record Handled(Work<DeliveryRequest> work, Optional<Receipt> receipt) {
    }
}
