package io.minicrm.application.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.segment.FieldType;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.TextLimits;
import io.vavr.control.Either;
import org.jspecify.annotations.Nullable;

/** Reads the text of a cell as the value its column holds; a refusal is the reason, in words a user can read. */
final class CellParsers {

    // Bounded digits: a cell such as 1E999999999 would otherwise cost gigabytes once amounts are normalised.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,%1$d}(\\.\\d{0,%2$d})?|\\.\\d{1,%2$d})"
            .formatted(NumberLimits.WHOLE_DIGITS, NumberLimits.FRACTION_DIGITS));
    private static final Pattern PLAIN_DIGITS = Pattern.compile("[+-]?\\d*\\.?\\d*");
    private static final Pattern COUNT = Pattern.compile("[+-]?\\d{1,9}");
    static final Pattern LIST_SEPARATOR = Pattern.compile("[;|]");
    /** A cell quoted in a reason shows this many characters at most: a report keeps a thousand reasons. */
    private static final int QUOTED = 60;

    private CellParsers() {}

    /** The cell's text in quotes, cut short past {@value #QUOTED} characters. */
    static String quote(String text) {
        if (text.length() <= QUOTED) {
            return "'" + text + "'";
        }
        int end = Character.isHighSurrogate(text.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
        return "'" + text.substring(0, end) + "…' (" + text.length() + " characters)";
    }

    static Either<String, Email> email(String text) {
        return Email.parse("", text).mapLeft(refused -> quote(text.strip()) + " is not an e-mail address");
    }

    static Either<String, BigDecimal> number(String text) {
        if (NUMBER.matcher(text).matches()) {
            return Either.right(new BigDecimal(text));
        }
        return plainDigits(text)
                ? Either.left(quote(text) + ": " + NumberLimits.RULE)
                : Either.left(quote(text) + " is not a number");
    }

    /** Digits with at most a sign and a point, as a number too long for {@link #NUMBER} is written. */
    private static boolean plainDigits(String text) {
        return PLAIN_DIGITS.matcher(text).matches() && text.chars().anyMatch(Character::isDigit);
    }

    static Either<String, BigDecimal> amount(String text) {
        return number(text).filterOrElse(amount -> amount.signum() >= 0, amount -> "cannot be negative, got " + text);
    }

    static Either<String, Integer> count(String text) {
        return (COUNT.matcher(text).matches()
                        ? Either.<String, Integer>right(Integer.parseInt(text))
                        : Either.<String, Integer>left(quote(text) + " is not a whole number"))
                .filterOrElse(count -> count >= 0, count -> "cannot be negative, got " + text);
    }

    /** The text of a cell, if it is within the limits of the field it fills. */
    static Either<String, String> text(String text, TextLimits kind) {
        return kind.check(text).<Either<String, String>>map(Either::left).orElseGet(() -> Either.right(text));
    }

    /** A date is midnight in the zone, and so is a date-time that names no offset; either lies within the years kept. */
    static Either<String, Instant> moment(String text, ZoneId zone) {
        return anyMoment(text, zone)
                .flatMap(moment -> DateLimits.check(moment)
                        .<Either<String, Instant>>map(rule -> Either.left(quote(text) + ": " + rule))
                        .orElseGet(() -> Either.right(moment)));
    }

    private static Either<String, Instant> anyMoment(String text, ZoneId zone) {
        String iso =
                text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            Instant plain = plainMoment(iso, zone);
            if (plain != null) {
                return Either.right(plain);
            }
            if (iso.length() == 10) {
                return Either.right(LocalDate.parse(iso).atStartOfDay(zone).toInstant());
            }
            // Asking for the zone, rather than trying ZonedDateTime first, spares an exception per zoneless cell.
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(iso);
            return Either.right(
                    parsed.query(TemporalQueries.zone()) != null
                            ? ZonedDateTime.from(parsed).toInstant()
                            : LocalDateTime.from(parsed).atZone(zone).toInstant());
        } catch (DateTimeException notIso) {
            return Either.left(quote(text) + " is not a date (2024-03-31) or a date-time (2024-03-31T14:05:00Z)");
        }
    }

    /**
     * The shapes exports mostly hold, {@code 2024-03-31}, {@code 2024-03-31T14:05} and {@code 2024-03-31T14:05:00},
     * read without the formatter's maps and objects per cell; null for any other shape, which the formatter reads.
     */
    private static @Nullable Instant plainMoment(String iso, ZoneId zone) {
        int length = iso.length();
        if (length != 10 && length != 16 && length != 19
                || !digits(iso, 0, 4)
                || iso.charAt(4) != '-'
                || !digits(iso, 5, 2)
                || iso.charAt(7) != '-'
                || !digits(iso, 8, 2)) {
            return null;
        }
        LocalDate date = LocalDate.of(number(iso, 0, 4), number(iso, 5, 2), number(iso, 8, 2));
        if (length == 10) {
            return date.atStartOfDay(zone).toInstant();
        }
        if (iso.charAt(10) != 'T'
                || !digits(iso, 11, 2)
                || iso.charAt(13) != ':'
                || !digits(iso, 14, 2)
                || length == 19 && (iso.charAt(16) != ':' || !digits(iso, 17, 2))) {
            return null;
        }
        int second = length == 19 ? number(iso, 17, 2) : 0;
        return date.atTime(number(iso, 11, 2), number(iso, 14, 2), second)
                .atZone(zone)
                .toInstant();
    }

    private static boolean digits(String text, int from, int count) {
        for (int at = from; at < from + count; at++) {
            if (text.charAt(at) < '0' || text.charAt(at) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int count) {
        return Integer.parseInt(text, from, from + count, 10);
    }

    static Either<String, Boolean> flag(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Either.right(true);
            case "false", "no", "n", "0" -> Either.right(false);
            default -> Either.left(quote(text) + " is neither yes nor no (true/false, yes/no, 1/0)");
        };
    }

    static Either<String, AttributeValue> attribute(String text, FieldType type, ZoneId zone) {
        return switch (type) {
            case TEXT, TAGS -> text(text, TextLimits.ATTRIBUTE_TEXT).map(AttributeValue.Text::new);
            case NUMBER, MONEY -> number(text).map(AttributeValue.Decimal::new);
            case BOOLEAN -> flag(text).map(AttributeValue.Flag::new);
            case DATETIME -> moment(text, zone).map(AttributeValue.Moment::new);
        };
    }

    /**
     * The tags of a cell, trimmed and in lower case as customers keep them, each passed through {@code shared}, if each
     * and their number are within a customer's limits.
     */
    static Either<String, Set<String>> tags(String text, UnaryOperator<String> shared) {
        // A loop rather than a split and streams: most customer files have a tags column.
        Set<String> kept = new HashSet<>();
        int from = 0;
        while (from <= text.length()) {
            int end = nextSeparator(text, from);
            String tag = text.substring(from, end).strip();
            if (!tag.isEmpty()) {
                Optional<String> refused = TextLimits.TAG.check(tag);
                if (refused.isPresent()) {
                    return Either.left(refused.get());
                }
                kept.add(shared.apply(tag.toLowerCase(Locale.ROOT)));
            }
            from = end + 1;
        }
        return kept.size() > Profile.MAX_TAGS ? Either.left(Profile.TAGS_RULE) : Either.right(Set.copyOf(kept));
    }

    /** The position of the next ';' or '|' from {@code from}, or the text's length. */
    private static int nextSeparator(String text, int from) {
        for (int at = from; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == ';' || c == '|') {
                return at;
            }
        }
        return text.length();
    }
}
