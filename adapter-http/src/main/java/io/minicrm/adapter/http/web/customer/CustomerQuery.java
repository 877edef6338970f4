package io.minicrm.adapter.http.web.customer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.minicrm.adapter.http.web.order.Pager;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.CustomerListing.After;
import io.minicrm.application.port.shared.CustomerListing.Sort;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.customer.Customer;

/**
 * What the customer list shows: the text searched for in names and e-mail addresses, the column sorted by and which
 * way, the page, and the last customer of the page before it (so that the store seeks there rather than counting rows
 * up to it). What a link holds that the list does not understand is left at the default (newest first); an
 * {@code after} that is no place in the list is refused.
 */
public record CustomerQuery(String search, Sort sort, boolean descending, int page, Optional<After> after) {

    static final int SIZE = 25;

    static CustomerQuery read(
            @Nullable String search,
            @Nullable String sort,
            @Nullable String order,
            @Nullable String page,
            @Nullable String after) {
        Sort by = Arrays.stream(Sort.values())
                .filter(candidate -> name(candidate).equals(sort))
                .findFirst()
                .orElse(Sort.CREATED_AT);
        boolean descending = order == null ? !alphabetical(by) : !"asc".equals(order);
        return new CustomerQuery(
                search == null ? "" : search.strip(),
                by,
                descending,
                Pager.pageOf(page),
                Optional.ofNullable(after)
                        .filter(cursor -> !cursor.isBlank())
                        .map(cursor -> CustomerCursor.read(by, cursor)));
    }

    CustomerListing listing() {
        return new CustomerListing(
                Optional.of(search), sort, descending, new PageRequest(after.isPresent() ? 0 : page, SIZE), after);
    }

    /** The list sorted by {@code by}: the other way round when it is already sorted so, from the first page. */
    public String sortLink(Sort by) {
        boolean flip = by == sort ? !descending : !alphabetical(by);
        return link(search, by, flip, 0);
    }

    public String pageLink(int number) {
        return link(search, sort, descending, number);
    }

    /** The page after this one, which starts right after {@code last}, the last customer shown. */
    String nextLink(Customer last) {
        return pageLink(page + 1) + "&after=" + CustomerCursor.of(sort, last);
    }

    /** The {@code aria-sort} of a column header; none for a column the list is not sorted by. */
    @Nullable
    public String ariaSort(Sort by) {
        return by != sort ? null : descending ? "descending" : "ascending";
    }

    public String sortName() {
        return name(sort);
    }

    public String order() {
        return descending ? "desc" : "asc";
    }

    private static String link(String search, Sort sort, boolean descending, int page) {
        String link = "/customers?sort=" + name(sort) + "&order=" + (descending ? "desc" : "asc");
        if (!search.isEmpty()) {
            link += "&search=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
        }
        return page == 0 ? link : link + "&page=" + page;
    }

    private static boolean alphabetical(Sort sort) {
        return sort == Sort.NAME || sort == Sort.EMAIL;
    }

    private static String name(Sort sort) {
        return sort.name().toLowerCase(Locale.ROOT);
    }
}
