package io.minicrm.application.port.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a listing and the size of the whole listing. */
public record Page<T>(List<T> items, PageRequest request, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), request, total);
    }
}
