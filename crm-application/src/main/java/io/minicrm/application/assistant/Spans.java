package io.minicrm.application.assistant;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lengths of time in words ({@code 6 months}, {@code a year}, {@code two weeks}) as whole days. */
final class Spans {

    /** One span; its groups are the count (digits or a word, or none for one) and the unit. */
    static final String PATTERN =
            "(?:(\\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s*)?"
                    + "(days?|weeks?|months?|years?)";

    private static final Pattern SPAN = Pattern.compile(PATTERN);
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    private Spans() {}

    /** Days in the span: a week is 7, a month 30 and a year 365 (documented, since months differ). */
    static int days(String text) {
        Matcher matcher = SPAN.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a span of time: " + text);
        }
        String count = matcher.group(1);
        int n = count == null ? 1 : WORDS.getOrDefault(count, -1);
        if (n < 0) {
            n = Integer.parseInt(count);
        }
        String unit = matcher.group(2);
        int perUnit = unit.startsWith("week") ? 7 : unit.startsWith("month") ? 30 : unit.startsWith("year") ? 365 : 1;
        return n * perUnit;
    }
}
