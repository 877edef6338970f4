package io.minicrm.application.inmemory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.Work;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The pipeline's queue within one JVM: three bounded topics (dispatches, deliveries, receipts) shared by their consumers.
 *
 * <p>Each topic holds at most {@code capacity} items not yet acknowledged, so a producer's {@code Mono} completes
 * only once all its items found room: a campaign of any size runs in bounded memory. Consumers are handed items as
 * they ask for them, at most one item per key at a time (a customer's deliveries, a campaign's dispatches, a
 * delivery's receipts), in the order offered. An item stays with its consumer until acknowledged; when that consumer
 * cancels or fails, its unacknowledged items go back to the head of the topic for the next consumer. Dead letters are
 * kept by delivery, outside the topics' room. Nothing survives the JVM: after a restart the pipeline asks again for
 * every unfinished campaign, and it finds the deliveries whose letters were lost still pending.
 */
public final class InMemoryDispatchQueue implements DispatchQueue {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final Topic<DispatchRequest> dispatches;
    private final Topic<DeliveryRequest> deliveries;
    private final Topic<Receipt> receipts;
    private final Map<DeliveryId, DeadLetter> setAside = new ConcurrentHashMap<>();

    public InMemoryDispatchQueue() {
        this(DEFAULT_CAPACITY, Schedulers.parallel());
    }

    /** Consumers receive items, and producers resume, on the given scheduler, never on another party's thread. */
    public InMemoryDispatchQueue(int capacity, Scheduler scheduler) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a queue holds at least one item, not " + capacity);
        }
        dispatches = new Topic<>(capacity, scheduler, request -> request);
        deliveries =
                new Topic<>(capacity, scheduler, request -> new CustomerKey(request.workspace(), request.customer()));
        receipts = new Topic<>(capacity, scheduler, Receipt::delivery);
    }

    @Override
    public Mono<Void> requestDispatch(DispatchRequest request) {
        return dispatches.offer(List.of(request));
    }

    @Override
    public Mono<Void> requestDeliveries(List<DeliveryRequest> requests) {
        return deliveries.offer(requests);
    }

    @Override
    public Mono<Void> reportReceipts(List<Receipt> reported) {
        return receipts.offer(reported);
    }

    @Override
    public Flux<Work<DispatchRequest>> dispatchRequests() {
        return dispatches.consume();
    }

    @Override
    public Flux<Work<DeliveryRequest>> deliveryRequests() {
        return deliveries.consume();
    }

    @Override
    public Flux<Work<Receipt>> receipts() {
        return receipts.consume();
    }

    @Override
    public Mono<Void> setAside(List<DeadLetter> letters) {
        return Mono.fromRunnable(
                () -> letters.forEach(letter -> setAside.put(letter.request().delivery(), letter)));
    }

    @Override
    public Flux<DeadLetter> deadLetters(WorkspaceId workspace, CampaignId campaign) {
        return Flux.defer(() ->
                Flux.fromStream(setAside.values().stream().filter(letter -> letter.belongsTo(workspace, campaign))));
    }

    @Override
    public Mono<Long> redrive(WorkspaceId workspace, CampaignId campaign) {
        return deadLetters(workspace, campaign)
                .collectList()
                .flatMap(letters -> offer(
                                deliveries,
                                letters.stream()
                                        .filter(letter -> letter.receipt().isEmpty())
                                        .map(DeadLetter::request)
                                        .toList())
                        .then(offer(
                                receipts,
                                letters.stream()
                                        .flatMap(letter -> letter.receipt().stream())
                                        .toList()))
                        // A letter set aside again meanwhile is a newer one, and stays.
                        .then(Mono.fromRunnable(() -> letters.forEach(
                                letter -> setAside.remove(letter.request().delivery(), letter))))
                        .thenReturn((long) letters.size()));
    }

    /** Nothing is offered for no items, as even an empty offer waits while the topic is full. */
    private static <T> Mono<Void> offer(Topic<T> topic, List<T> items) {
        return items.isEmpty() ? Mono.empty() : topic.offer(items);
    }

    /** Items offered and not yet acknowledged, across the three topics: zero once the pipeline is idle. */
    public long backlog() {
        return dispatches.unacknowledged() + deliveries.unacknowledged() + receipts.unacknowledged();
    }

    private record CustomerKey(WorkspaceId workspace, CustomerId customer) {}

    /** One topic; every field but the scheduler and key function is guarded by the topic's monitor. */
    private static final class Topic<T> {

        // Taken from the head under one lock at most this many at a time, so that producers are not held up long.
        private static final int MOST_PER_TAKE = 256;

        private final int capacity;
        private final Scheduler scheduler;
        private final Function<T, ?> keyOf;
        private final ArrayDeque<Envelope<T>> ready = new ArrayDeque<>();
        // A key is busy while one of its items is handed out; later items with that key wait here, in order.
        private final Map<Object, ArrayDeque<Envelope<T>>> busy = new HashMap<>();
        private final ArrayDeque<Offer<T>> waiting = new ArrayDeque<>();
        private final List<Consumer<T>> consumers = new CopyOnWriteArrayList<>();
        private int unacknowledged;

        Topic(int capacity, Scheduler scheduler, Function<T, ?> keyOf) {
            this.capacity = capacity;
            this.scheduler = scheduler;
            this.keyOf = keyOf;
        }

        Mono<Void> offer(List<T> items) {
            return Mono.<Void>create(sink -> {
                        Offer<T> offer = new Offer<>(new ArrayDeque<>(items), sink);
                        sink.onCancel(() -> withdraw(offer));
                        List<Offer<T>> admitted;
                        synchronized (this) {
                            waiting.add(offer);
                            admitted = admit();
                        }
                        admitted.forEach(done -> done.sink().success());
                        drainAll();
                    })
                    .publishOn(scheduler);
        }

        Flux<Work<T>> consume() {
            return Flux.create(sink -> {
                Consumer<T> consumer = new Consumer<>(this, sink, scheduler);
                consumers.add(consumer);
                sink.onDispose(() -> leave(consumer));
                sink.onRequest(demand -> consumer.drain());
            });
        }

        synchronized long unacknowledged() {
            return unacknowledged;
        }

        synchronized List<Envelope<T>> take(Consumer<T> consumer, long demand) {
            List<Envelope<T>> taken = new ArrayList<>();
            Envelope<T> next;
            while (!consumer.gone && taken.size() < Math.min(demand, MOST_PER_TAKE) && (next = ready.poll()) != null) {
                if (next.acknowledged) {
                    continue;
                }
                ArrayDeque<Envelope<T>> behind = busy.get(next.key);
                if (behind != null) {
                    behind.add(next);
                    continue;
                }
                busy.put(next.key, new ArrayDeque<>(2));
                next.holder = consumer;
                consumer.held.add(next);
                taken.add(next);
            }
            return taken;
        }

        void acknowledge(Envelope<T> envelope) {
            List<Offer<T>> admitted;
            boolean grew;
            synchronized (this) {
                if (envelope.acknowledged) {
                    return;
                }
                envelope.acknowledged = true;
                unacknowledged--;
                int before = ready.size();
                if (envelope.holder != null) {
                    release(envelope);
                }
                admitted = admit();
                grew = ready.size() > before;
            }
            admitted.forEach(done -> done.sink().success());
            if (grew) {
                drainAll();
            }
        }

        private void leave(Consumer<T> consumer) {
            consumers.remove(consumer);
            synchronized (this) {
                consumer.gone = true;
                for (Envelope<T> envelope : List.copyOf(consumer.held).reversed()) {
                    release(envelope);
                    ready.addFirst(envelope);
                }
            }
            drainAll();
        }

        private synchronized void withdraw(Offer<T> offer) {
            waiting.remove(offer);
        }

        /** Frees the envelope's key: the items that waited behind it go back to the head, in order. */
        private void release(Envelope<T> envelope) {
            Objects.requireNonNull(envelope.holder, "a released envelope is held")
                    .held
                    .remove(envelope);
            envelope.holder = null;
            Objects.requireNonNull(busy.remove(envelope.key), "a held envelope's key is busy")
                    .descendingIterator()
                    .forEachRemaining(ready::addFirst);
        }

        /** Moves waiting items into the topic while there is room; returns the offers now wholly admitted. */
        private List<Offer<T>> admit() {
            List<Offer<T>> admitted = new ArrayList<>();
            while (!waiting.isEmpty() && unacknowledged < capacity) {
                Offer<T> offer = waiting.peek();
                while (!offer.items().isEmpty() && unacknowledged < capacity) {
                    T item = offer.items().poll();
                    ready.add(new Envelope<>(item, keyOf.apply(item)));
                    unacknowledged++;
                }
                if (offer.items().isEmpty()) {
                    admitted.add(waiting.poll());
                }
            }
            return admitted;
        }

        private void drainAll() {
            for (Consumer<T> consumer : consumers) {
                if (consumer.sink.requestedFromDownstream() > 0) {
                    consumer.drain();
                }
            }
        }
    }

    private record Offer<T>(ArrayDeque<T> items, MonoSink<Void> sink) {}

    private static final class Envelope<T> {
        final T payload;
        final Object key;

        @Nullable
        Consumer<T> holder;

        boolean acknowledged;

        Envelope(T payload, Object key) {
            this.payload = payload;
            this.key = key;
        }
    }

    private static final class Consumer<T> {
        final Topic<T> topic;
        final FluxSink<Work<T>> sink;
        final Scheduler scheduler;
        final Set<Envelope<T>> held = new LinkedHashSet<>();
        final AtomicInteger draining = new AtomicInteger();
        boolean gone;

        Consumer(Topic<T> topic, FluxSink<Work<T>> sink, Scheduler scheduler) {
            this.topic = topic;
            this.sink = sink;
            this.scheduler = scheduler;
        }

        /** Hands out, on the scheduler, as many items as asked for; a call during a hand-out makes it look again. */
        void drain() {
            if (draining.getAndIncrement() == 0) {
                scheduler.schedule(this::handOut);
            }
        }

        private void handOut() {
            int missed = 1;
            do {
                List<Envelope<T>> taken;
                while (!(taken = topic.take(this, sink.requestedFromDownstream())).isEmpty()) {
                    taken.forEach(envelope -> sink.next(
                            new Work<>(envelope.payload, Mono.fromRunnable(() -> topic.acknowledge(envelope)))));
                }
                missed = draining.addAndGet(-missed);
            } while (missed != 0);
        }
    }
}
