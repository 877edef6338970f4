package io.minicrm.adapter.http.web.customer;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.CustomerListing.After;
import io.minicrm.application.port.shared.CustomerListing.Sort;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.shared.Problem;

/**
 * The {@code after} of a customer list link: the id and sort value of the last customer shown, base64url-encoded so
 * that users see one opaque word, and read back only as a value of the list's sort.
 */
final class CustomerCursor {

    private static final String ABSENT = "-";
    private static final String PRESENT = "=";

    private CustomerCursor() {}

    static String of(Sort sort, Customer customer) {
        String value = sort.keyOf(customer).map(key -> PRESENT + text(key)).orElse(ABSENT);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((customer.id().value() + "\n" + value).getBytes(UTF_8));
    }

    /** The cursor's place in a list sorted by {@code sort}, or a refusal naming {@code after} for anything else. */
    static After read(Sort sort, String cursor) {
        try {
            String[] idAndValue = new String(Base64.getUrlDecoder().decode(cursor), UTF_8).split("\n", 2);
            String value = idAndValue[1];
            if (value.equals(ABSENT) && sort.mayBeAbsent()) {
                return new After(Optional.empty(), new CustomerId(idAndValue[0]));
            }
            if (!value.startsWith(PRESENT)) {
                throw new IllegalArgumentException("neither absent nor present");
            }
            return new After(
                    Optional.of(parse(sort, value.substring(PRESENT.length()))), new CustomerId(idAndValue[0]));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException unreadable) {
            throw new CrmException(
                    Problem.Invalid.of("after", "is not a place in this list; follow the list's own links"));
        }
    }

    private static String text(Object key) {
        return key instanceof BigDecimal amount ? amount.toPlainString() : key.toString();
    }

    private static Object parse(Sort sort, String text) {
        return switch (sort) {
            case CREATED_AT, LAST_ORDER_AT -> Instant.parse(text);
            case NAME, EMAIL -> text;
            case TOTAL_SPEND -> new BigDecimal(text);
            case ORDER_COUNT -> Integer.valueOf(text);
        };
    }
}
