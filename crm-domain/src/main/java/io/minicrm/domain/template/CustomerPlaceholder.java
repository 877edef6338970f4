package io.minicrm.domain.template;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.TextLimits;

/** The customer fields a message may name, and how each one is written into the text. */
enum CustomerPlaceholder {
    FIRST_NAME("first_name"),
    NAME("name"),
    EMAIL("email"),
    PHONE("phone"),
    CITY("city"),
    TOTAL_SPEND("total_spend"),
    ORDER_COUNT("order_count"),
    LAST_ORDER_AT("last_order_at");

    private static final Map<String, CustomerPlaceholder> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(field -> field.placeholderName, Function.identity()));

    /** {@code yyyy-MM-dd}: every kept date lies in a four-digit year. */
    static final int DAY_LENGTH = 10;

    private final String placeholderName;

    CustomerPlaceholder(String placeholderName) {
        this.placeholderName = placeholderName;
    }

    String placeholderName() {
        return placeholderName;
    }

    static Optional<CustomerPlaceholder> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    Optional<String> valueOf(Customer customer, ZoneId zone) {
        return switch (this) {
            case FIRST_NAME -> customer.profile().firstName();
            case NAME -> customer.profile().name();
            case EMAIL -> Optional.of(customer.email().value());
            case PHONE -> customer.profile().phone();
            case CITY -> customer.profile().city();
            case TOTAL_SPEND -> Optional.of(amount(customer.purchases().totalSpend()));
            case ORDER_COUNT ->
                Optional.of(Integer.toString(customer.purchases().orderCount()));
            case LAST_ORDER_AT -> customer.purchases().lastOrderAt().map(at -> isoDay(at, zone));
        };
    }

    /** The most characters this field is written in, whoever the customer. */
    int longest() {
        return switch (this) {
            case FIRST_NAME, NAME -> TextLimits.CUSTOMER_NAME.maxLength();
            case EMAIL -> Email.MAX_LENGTH;
            case PHONE -> TextLimits.PHONE.maxLength();
            case CITY -> TextLimits.CITY.maxLength();
            case TOTAL_SPEND -> NumberLimits.STORABLE_WHOLE_DIGITS + 1 + NumberLimits.FRACTION_DIGITS;
            case ORDER_COUNT -> Integer.toString(Integer.MAX_VALUE).length();
            case LAST_ORDER_AT -> DAY_LENGTH;
        };
    }

    /** The calendar day of an instant in the recipient's zone, as {@code yyyy-MM-dd}. */
    static String isoDay(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone).toString();
    }

    /** Money keeps amounts without trailing zeros; a message shows the currency's usual decimals (12.50, not 12.5). */
    private static String amount(Money money) {
        BigDecimal amount = money.amount();
        int decimals = money.currency().getDefaultFractionDigits();
        return (amount.scale() < decimals ? amount.setScale(decimals) : amount).toPlainString();
    }
}
