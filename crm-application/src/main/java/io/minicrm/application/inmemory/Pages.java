package io.minicrm.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;

/** Cuts one page, and counts the whole listing, out of items held in memory. */
final class Pages {

    private Pages() {}

    /** Newest first by creation time, the later id first among those created at the same instant. */
    static <T> Comparator<T> newestFirst(Function<T, Instant> createdAt, Function<T, String> id) {
        return Comparator.comparing(createdAt).thenComparing(id).reversed();
    }

    /**
     * A page of items in the given order. Only the first {@code offset + size} items are kept, in a heap whose head is
     * the last of them, so that a page of a large listing costs no full sort.
     */
    static <T> Page<T> ofSorted(Stream<T> items, Comparator<? super T> order, PageRequest request) {
        return ofSorted(items, order, item -> true, request);
    }

    /** A page of the items that are {@code candidates} in the given order, counting every item in the total. */
    static <T> Page<T> ofSorted(
            Stream<T> items, Comparator<? super T> order, Predicate<? super T> candidates, PageRequest request) {
        long wanted = request.offset() + request.size();
        PriorityQueue<T> kept = new PriorityQueue<>(order.reversed());
        long[] total = {0};
        items.forEachOrdered(item -> {
            total[0]++;
            if (!candidates.test(item)) {
                return;
            }
            if (kept.size() < wanted) {
                kept.add(item);
            } else if (order.compare(item, kept.peek()) < 0) {
                kept.poll();
                kept.add(item);
            }
        });
        List<T> first = new ArrayList<>(kept);
        first.sort(order);
        int from = (int) Math.min(request.offset(), first.size());
        return new Page<>(first.subList(from, first.size()), request, total[0]);
    }
}
