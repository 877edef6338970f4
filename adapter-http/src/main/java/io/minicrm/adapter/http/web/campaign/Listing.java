package io.minicrm.adapter.http.web.campaign;

import java.util.List;

import io.minicrm.application.port.shared.Page;

/**
 * One page of a listing as the pages show it: its rows, where it stands ("21–40 of 75"), its number, and the numbers before
 * and after it, if any (-1 when none).
 */
public record Listing<T>(List<T> rows, String position, int number, int previous, int next) {

    static <T> Listing<T> of(Page<T> page) {
        long from = page.request().offset() + 1;
        long to = page.request().offset() + page.items().size();
        int number = page.request().page();
        return new Listing<>(
                page.items(),
                page.items().isEmpty() ? "" : from + "–" + to + " of " + page.total(),
                number,
                number > 0 ? number - 1 : -1,
                to < page.total() ? number + 1 : -1);
    }
}
