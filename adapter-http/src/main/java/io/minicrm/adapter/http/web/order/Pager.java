package io.minicrm.adapter.http.web.order;

import io.micronaut.core.annotation.Nullable;
import io.minicrm.adapter.http.web.Formats;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;

/** Where one page of a listing stands in the whole: which rows it shows of how many, and whether more lie either side. */
public record Pager(int page, int size, long total) {

    public static Pager of(Page<?> found) {
        return new Pager(found.request().page(), found.request().size(), found.total());
    }

    /** The page a link asks for, counting from 0: the first for what is no page number, never one past any offset. */
    public static int pageOf(@Nullable String text) {
        try {
            int number = text == null ? 0 : Integer.parseInt(text.strip());
            return Math.max(0, Math.min(number, Integer.MAX_VALUE / PageRequest.MAX_SIZE));
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** {@code 26–50 of 1,000,000}, as the line under a table says it. */
    public String summary() {
        long first = (long) page * size + 1;
        if (first > total) {
            return "none of " + Formats.count(total) + " on page " + Formats.count(page + 1L);
        }
        return Formats.count(first) + "–" + Formats.count(Math.min(total, first + size - 1)) + " of "
                + Formats.count(total);
    }

    public String position() {
        return "Page " + Formats.count(page + 1L) + " of " + Formats.count(pages());
    }
}
