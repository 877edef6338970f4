package io.minicrm.adapter.http.web.order;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import io.micronaut.core.annotation.Nullable;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.customer.CustomerId;

/**
 * What the orders page lists: one customer's orders (named by e-mail), those placed from one day to another (UTC days,
 * both included), and which page; what the user typed is kept, and a date it cannot read is named next to its field.
 */
public record OrderQuery(String customer, String from, String until, int page, Map<String, String> errors) {

    static final int SIZE = 25;

    public OrderQuery {
        errors = Map.copyOf(errors);
    }

    static OrderQuery read(
            @Nullable String customer, @Nullable String from, @Nullable String until, @Nullable String page) {
        Map<String, String> errors = new HashMap<>();
        day("from", from, errors);
        day("until", until, errors);
        return new OrderQuery(text(customer), text(from), text(until), Pager.pageOf(page), errors);
    }

    public OrderQuery withError(String field, String message) {
        Map<String, String> more = new HashMap<>(errors);
        more.put(field, message);
        return new OrderQuery(customer, from, until, page, more);
    }

    OrderListing listing(Optional<CustomerId> chosen) {
        return new OrderListing(
                chosen,
                start(from),
                start(until).map(day -> day.plusSeconds(24 * 60 * 60)),
                new PageRequest(page, SIZE));
    }

    public boolean filtered() {
        return !customer.isEmpty() || !from.isEmpty() || !until.isEmpty();
    }

    @Nullable
    public String error(String field) {
        return errors.get(field);
    }

    public String pageLink(int number) {
        StringJoiner query = new StringJoiner("&", "/orders?", "").setEmptyValue("/orders");
        add(query, "customer", customer);
        add(query, "from", from);
        add(query, "until", until);
        add(query, "page", number == 0 ? "" : String.valueOf(number));
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (!value.isEmpty()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static Optional<Instant> start(String day) {
        try {
            return day.isEmpty()
                    ? Optional.empty()
                    : Optional.of(
                            LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static void day(String field, @Nullable String text, Map<String, String> errors) {
        String day = text(text);
        if (!day.isEmpty() && start(day).isEmpty()) {
            errors.put(field, "'" + day + "' is not a date such as 2026-01-31");
        }
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
