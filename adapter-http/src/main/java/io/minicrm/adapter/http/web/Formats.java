package io.minicrm.adapter.http.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** How the pages write numbers, money, rates and times: the same everywhere, independent of the server's locale. */
public final class Formats {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Formats() {}

    public static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    public static String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        format.setMinimumFractionDigits(Math.max(digits, 0));
        format.setMaximumFractionDigits(Math.max(digits, 0));
        return currency + " " + format.format(amount);
    }

    /** A share between 0 and 1 as a percentage with one decimal. */
    public static String percent(double share) {
        return String.format(Locale.ENGLISH, "%.1f%%", share * 100);
    }

    public static String time(Instant instant) {
        return MINUTES.format(instant);
    }

    /** An enum constant as a word: {@code DISPATCHING} becomes {@code Dispatching}. */
    public static String words(String constant) {
        String spaced = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
