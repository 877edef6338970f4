package io.minicrm.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The years every date the engine keeps or compares lies in (an order's time, a date-time attribute, a date in a
 * rule, a schedule, a receipt's time): wide enough for any customer record and any plan, narrow enough that every
 * zone, store and day count can hold the date and a day either side of it.
 */
public final class DateLimits {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    public static final String RULE = "a date lies in the years " + FIRST_YEAR + " to " + LAST_YEAR;

    private static final Instant FIRST =
            LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LAST =
            LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private DateLimits() {}

    /** Why the instant cannot be kept, if it cannot; its year is read in UTC. */
    public static Optional<String> check(Instant instant) {
        return instant.isBefore(FIRST) || !instant.isBefore(AFTER_LAST) ? Optional.of(RULE) : Optional.empty();
    }

    public static Optional<String> check(LocalDate date) {
        return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? Optional.of(RULE) : Optional.empty();
    }
}
