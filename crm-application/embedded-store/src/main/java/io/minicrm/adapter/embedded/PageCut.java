package io.minicrm.adapter.embedded;

import java.util.ArrayList;
import java.util.List;

import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;

/** Keeps one page of items that arrive in order, and counts them all, holding no more than the page. */
final class PageCut<T> {

    private final PageRequest request;
    private final List<T> items = new ArrayList<>();
    private long seen;

    PageCut(PageRequest request) {
        this.request = request;
    }

    PageCut<T> add(T item) {
        if (seen >= request.offset() && items.size() < request.size()) {
            items.add(item);
        }
        seen++;
        return this;
    }

    Page<T> page() {
        return new Page<>(items, request, seen);
    }
}
