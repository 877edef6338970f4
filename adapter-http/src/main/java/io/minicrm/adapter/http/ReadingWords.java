package io.minicrm.adapter.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in the request's words why the JSON parser or a conversion could not read a value: the limits the parser
 * keeps, a number out of range, text where a number belongs. Whatever else a library says is kept only when it names
 * none of the server's classes or settings.
 */
final class ReadingWords {

    static final String UNREADABLE = "this value cannot be read here";

    private static final Pattern WRAPPED = Pattern.compile("^Error decoding property \\[[^]]*] of type \\[[^]]*]: ");
    private static final Pattern LOCATION = Pattern.compile("\\s*at \\[Source: [^;]*; line: (\\d+), column: (\\d+)]");
    private static final Pattern OUT_OF_RANGE =
            Pattern.compile("^Numeric value \\(([^)]*)\\) out of range of (\\w+) \\((\\S+) - (\\S+)\\)");
    private static final Pattern COERCE = Pattern.compile("^Cannot deserialize value of type `([\\w.$]+)`");
    private static final Pattern FEATURE_HINT = Pattern.compile(":? *enable .*$");
    private static final Pattern INTERNAL = Pattern.compile(
            "`|io\\.minicrm|java\\.|javax\\.|com\\.fasterxml|io\\.micronaut|"
                    + "class |Exception|\\bmicronaut\\.|\\bjackson\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<Limit> LIMITS = List.of(
            new Limit(
                    Pattern.compile("Number value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)"),
                    "a number in JSON has at most %s characters"),
            new Limit(
                    Pattern.compile("String value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)"),
                    "a text in JSON has at most %s characters"),
            new Limit(
                    Pattern.compile("Name length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)"),
                    "a property name in JSON has at most %s characters"),
            new Limit(
                    Pattern.compile("(?:Document )?[Nn]esting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+)"),
                    "JSON nests at most %s levels deep"));
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("int", "a whole number"),
            Map.entry("long", "a whole number"),
            Map.entry("short", "a whole number"),
            Map.entry("byte", "a whole number"),
            Map.entry("java.lang.Integer", "a whole number"),
            Map.entry("java.lang.Long", "a whole number"),
            Map.entry("java.math.BigInteger", "a whole number"),
            Map.entry("java.math.BigDecimal", "a number"),
            Map.entry("double", "a number"),
            Map.entry("float", "a number"),
            Map.entry("java.lang.Double", "a number"),
            Map.entry("boolean", "true or false"),
            Map.entry("java.lang.Boolean", "true or false"),
            Map.entry("java.lang.String", "text"),
            Map.entry("java.util.List", "a list"),
            Map.entry("java.util.Map", "an object"));

    private record Limit(Pattern pattern, String words) {}

    private ReadingWords() {}

    /** What was wrong, located by line and column when the parser said where, and never naming a class or a setting. */
    static String of(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).strip();
        Matcher wrapped = WRAPPED.matcher(message);
        while (wrapped.find()) {
            message = message.substring(wrapped.end());
            wrapped = WRAPPED.matcher(message);
        }
        Optional<String> limit = limit(message);
        if (limit.isPresent()) {
            Matcher location = LOCATION.matcher(message);
            return location.find()
                    ? limit.get() + " (line " + location.group(1) + ", column " + location.group(2) + ")"
                    : limit.get();
        }
        Matcher range = OUT_OF_RANGE.matcher(message);
        if (range.find()) {
            return "expected " + type(range.group(2)) + " from " + range.group(3) + " to " + range.group(4);
        }
        Matcher coerce = COERCE.matcher(message);
        if (coerce.find()) {
            return "expected " + type(coerce.group(1));
        }
        return located(message);
    }

    /** Whether the parser stopped at one of its limits rather than at malformed JSON. */
    static boolean isLimit(Throwable failure) {
        return limit(String.valueOf(failure.getMessage())).isPresent();
    }

    /** The words for a Java type, as a request speaks of it. */
    static String type(String javaType) {
        return TYPES.getOrDefault(javaType, "a value of another kind");
    }

    /** Scrubs what no client should read: an internal name makes the whole message the plain {@link #UNREADABLE}. */
    static String clean(String message) {
        String hintless = FEATURE_HINT.matcher(message).replaceFirst("").strip();
        return hintless.isEmpty() || INTERNAL.matcher(hintless).find() ? UNREADABLE : hintless;
    }

    private static Optional<String> limit(String message) {
        for (Limit limit : LIMITS) {
            Matcher found = limit.pattern().matcher(message);
            if (found.find()) {
                return Optional.of(limit.words().formatted(found.group(1)));
            }
        }
        return Optional.empty();
    }

    // Jackson's messages end with where the parser stopped, wrapped in detail that only helps its own developers.
    private static String located(String message) {
        Matcher location = LOCATION.matcher(message);
        if (!location.find()) {
            return clean(message);
        }
        return clean(message.substring(0, location.start())) + " (line " + location.group(1) + ", column "
                + location.group(2) + ")";
    }
}
