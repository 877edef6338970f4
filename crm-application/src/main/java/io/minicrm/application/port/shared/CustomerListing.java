package io.minicrm.application.port.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Which customers to list: those whose name or e-mail contains {@code search} (ignoring case), sorted by one field,
 * ties broken by id so that pages are stable.
 */
public record CustomerListing(Optional<String> search, Sort sort, boolean descending, PageRequest page) {

    public enum Sort {
        CREATED_AT,
        NAME,
        EMAIL,
        TOTAL_SPEND,
        ORDER_COUNT,
        LAST_ORDER_AT
    }

    public CustomerListing {
        search = search.map(String::strip).filter(text -> !text.isEmpty());
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}
