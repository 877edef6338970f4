package io.minicrm.application.assistant;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vavr.control.Either;
import org.jspecify.annotations.Nullable;

/** Money as marketers write it: {@code ₹5,000}, {@code Rs 5K}, {@code 1 lakh}, {@code $200}, {@code 2.5 crore}. */
final class Amounts {

    /** One amount; its groups are the currency before, the digits, the scale word and the currency after. */
    static final String PATTERN = "(?:(₹|rs\\.?|inr|\\$|usd|€|eur)\\s*)?(\\d[\\d,]*(?:\\.\\d+)?)\\s*"
            + "(k|thousand|lakhs?|lacs?|crores?|cr|mn|m|million)?\\b\\s*(rupees|rs|inr|dollars|usd|euros?|eur|bucks)?";

    private static final Pattern AMOUNT = Pattern.compile(PATTERN);
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("₹", "INR"),
            Map.entry("rs", "INR"),
            Map.entry("rs.", "INR"),
            Map.entry("inr", "INR"),
            Map.entry("rupees", "INR"),
            Map.entry("$", "USD"),
            Map.entry("usd", "USD"),
            Map.entry("dollars", "USD"),
            Map.entry("bucks", "USD"),
            Map.entry("€", "EUR"),
            Map.entry("eur", "EUR"),
            Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"));

    private Amounts() {}

    /** The amount in the workspace's currency, or why not: an amount in another currency is never converted. */
    static Either<String, BigDecimal> read(String text, Currency kept) {
        Matcher matcher = AMOUNT.matcher(text.strip());
        if (!matcher.matches()) {
            return Either.left("'" + text.strip() + "' is not an amount");
        }
        Optional<String> currency = Optional.ofNullable(matcher.group(1))
                .or(() -> Optional.ofNullable(matcher.group(4)))
                .map(CURRENCIES::get);
        if (currency.isPresent() && !currency.get().equals(kept.getCurrencyCode())) {
            return Either.left("spend is kept in " + kept.getCurrencyCode() + ", and an amount in " + currency.get()
                    + " is not converted");
        }
        BigDecimal digits = new BigDecimal(matcher.group(2).replace(",", ""));
        return Either.right(digits.multiply(scale(matcher.group(3))).stripTrailingZeros());
    }

    private static BigDecimal scale(@Nullable String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        if (word.startsWith("la")) {
            return BigDecimal.valueOf(100_000);
        }
        if (word.startsWith("cr")) {
            return BigDecimal.valueOf(10_000_000);
        }
        if (word.startsWith("m")) {
            return BigDecimal.valueOf(1_000_000);
        }
        return BigDecimal.valueOf(1_000);
    }
}
