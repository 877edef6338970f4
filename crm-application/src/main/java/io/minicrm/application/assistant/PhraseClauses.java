package io.minicrm.application.assistant;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vavr.control.Either;

/**
 * The offline twin's phrase book: each pattern reads one clause of a description (spend, orders, last order, sign-up,
 * city, tags, contact details) into rule text. A clause no pattern reads is not understood; nothing is guessed.
 */
final class PhraseClauses {

    private static final String CMP = "(?<cmp>more than|over|above|greater than|exceeding|higher than|at least"
            + "|no less than|minimum of|minimum|min|under|less than|fewer than|below|lower than|at most|up to"
            + "|no more than|maximum of|maximum|max|exactly|equal to|>=|<=|>|<|=)";
    private static final String AMOUNT = "(?<amount>" + Amounts.PATTERN + ")";
    private static final String RANGE = "between (?<low>" + Amounts.PATTERN + ") to (?<high>" + Amounts.PATTERN + ")";
    private static final String SPAN = "(?<span>" + Spans.PATTERN + ")";
    private static final String COUNT = "(?<count>\\d{1,6})";
    private static final String HAVE = "(?:(?:have|has|had|did|do|does) )?";
    private static final String SPENT = HAVE + "(?:spent|spend|spends|spending|spent a total of|total spend(?:ing)?"
            + "(?: of| is)?|lifetime (?:value|spend)(?: of| is)?|ltv(?: of| is)?|purchased|bought|purchases?(?: of| worth)?"
            + "|orders? worth|shopped for)";
    private static final String SPEND_NOUN = "(?:in )?(?:spend|spending|total spend|lifetime spend|purchases|sales"
            + "|lifetime value|worth of (?:orders|purchases|shopping))";
    private static final String UNITS = "(?:orders?|visits?|purchases?|transactions?|times|bookings?)";
    private static final String SHOP = "(?:shopped|shop|ordered|order|purchased|purchase|bought|buy|visited|visit"
            + "|made a purchase|placed an order|been back|come back|returned|been active)";
    private static final String LAST = "(?:in |for |within |during |over |since )?(?:the )?(?:last |past )?";
    /** A tag: one word, or any words in quotes. */
    private static final String NAME = "(?:\"(?<quoted>[^\"]{1,40})\"|(?<name>[a-z0-9][a-z0-9_-]{0,40}))";

    private static final String PLACE = "(?<city>(?!the )[a-z][a-z .'-]{1,40}?)";

    private record Reading(Pattern pattern, BiFunction<Matcher, Currency, Either<String, Clause>> read) {}

    private static final List<Reading> READINGS = List.of(
            reading(
                    SPENT + " " + CMP + " " + AMOUNT + "(?: in total| overall| total| in all| lifetime| so far)?",
                    PhraseClauses::spend),
            reading(CMP + " " + AMOUNT + " " + SPEND_NOUN, PhraseClauses::spend),
            reading(SPENT + " " + RANGE, PhraseClauses::spendRange),
            reading(HAVE + "(?:placed |made |with |having )?" + CMP + " " + COUNT + " " + UNITS, (m, c) -> count(m)),
            reading(
                    "(?:ordered|visited|purchased|bought|shopped|came back|returned) " + CMP + " " + COUNT + " times?",
                    (m, c) -> count(m)),
            reading(
                    "(?:visits?|orders?|order count|number of orders|purchase count) (?:is )?" + CMP + " " + COUNT,
                    (m, c) -> count(m)),
            reading(
                    HAVE + "(?:placed |made )?between (?<low>\\d{1,6}) to (?<high>\\d{1,6}) " + UNITS,
                    (m, c) -> fixed("order_count between " + m.group("low") + " and " + m.group("high"))),
            reading(
                    "(?:ordered|purchased|bought|shopped) (?:only )?once|one[ -]time(?: buyers| shoppers| customers)?"
                            + "|(?:with |made |placed )?(?:only )?(?:a single|one) (?:order|purchase)",
                    (m, c) -> fixed("order_count = 1")),
            reading(
                    "(?:repeat|returning)(?: customers| buyers| shoppers| purchasers)?|(?:ordered|bought|purchased) again",
                    (m, c) -> fixed("order_count >= 2")),
            reading(
                    HAVE + "(?:never (?:ordered|purchased|bought|shopped|made a purchase)(?: anything)?(?: yet)?"
                            + "|no orders?(?: yet)?|zero orders|0 orders|not (?:yet )?(?:ordered|purchased|bought|made a purchase)"
                            + "(?: anything)?(?: yet)?|without (?:any )?orders)",
                    (m, c) -> fixed("order_count = 0")),
            reading(
                    HAVE + "(?:(?:been )?(?:inactive|dormant|lapsed|quiet|away)|not " + SHOP
                            + "(?: anything| with us| again)?|no (?:orders?|purchases?|visits?|activity)) " + LAST
                            + "(?:more than |over )?" + SPAN,
                    PhraseClauses::lapsed),
            reading(
                    "(?:last |(?:whose |their )?last )?(?:order|ordered|purchase|purchased|visit|visited|bought"
                            + "|shopped)(?: was| date was)? (?:more than |over )" + SPAN + " ago",
                    PhraseClauses::lapsed),
            reading(
                    HAVE + "(?:shopped|ordered|purchased|bought(?: something)?|visited|been active|active"
                            + "|made a purchase|placed an order|ordered something|an? orders?|orders|purchases?) "
                            + "(?:in|within|during|over) (?:the )?(?:last|past) " + SPAN,
                    PhraseClauses::recent),
            reading(
                    "(?:last )?(?:order|purchase|visit) (?:in|within) (?:the )?(?:last|past) " + SPAN,
                    PhraseClauses::recent),
            reading(
                    HAVE + "(?:signed up|joined|registered|subscribed|been created|created|new|became customers?) "
                            + "(?:in|within|during|over) (?:the )?(?:last|past) " + SPAN,
                    (m, c) -> fixed("created_at within the last " + Spans.days(m.group("span")) + " days")),
            reading(
                    HAVE + "(?:signed up|joined|registered|been created|became customers?) (?:more than|over) " + SPAN
                            + " ago",
                    (m, c) -> fixed("created_at more than " + Spans.days(m.group("span")) + " days ago")),
            reading(
                    "(?:(?:are |is |were )?tagged(?: as| with)?|(?:have |has |having |with )?(?:the |a )?tags?) "
                            + NAME,
                    (m, c) -> Either.right(Clause.tag(tagName(m)))),
            reading(
                    "(?:have |has |having |with )?(?:the |a )?" + NAME + " tag(?:ged)?",
                    (m, c) -> Either.right(Clause.tag(tagName(m)))),
            reading(
                    "(?:have |has |having |with )?(?:a |an )?(?:phone|phone number|mobile|mobile number)"
                            + "(?: on file| recorded)?",
                    (m, c) -> fixed("phone is set")),
            reading(
                    "(?:(?:live|lives|living|based|located|residing|staying|are|is|who are) )?(?:in|from) " + PLACE,
                    (m, c) -> Either.right(Clause.city(place(m.group("city"))))),
            reading(PLACE + "[ -]based", (m, c) -> Either.right(Clause.city(place(m.group("city"))))));

    private PhraseClauses() {}

    /** The clause the first pattern that matches all of {@code piece} reads, if any does. */
    static Optional<Either<String, Clause>> read(String piece, Currency currency) {
        for (Reading reading : READINGS) {
            Matcher matcher = reading.pattern().matcher(piece);
            if (matcher.matches()) {
                return Optional.of(reading.read().apply(matcher, currency));
            }
        }
        return Optional.empty();
    }

    /** A bare name ("Mumbai", "gold") that may continue the city or tag clause before it. */
    static boolean bareName(String piece) {
        return piece.matches("[\"']?[a-z][a-z0-9 .'_-]{0,40}[\"']?") && piece.split(" ").length <= 3;
    }

    static String name(String piece) {
        return piece.replace("\"", "").replace("'", "").strip();
    }

    private static String tagName(Matcher matcher) {
        return Optional.ofNullable(matcher.group("quoted"))
                .orElseGet(() -> matcher.group("name"))
                .strip();
    }

    static String place(String city) {
        StringBuilder title = new StringBuilder();
        for (String word : city.strip().split(" ")) {
            if (!title.isEmpty()) {
                title.append(' ');
            }
            title.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return title.toString();
    }

    private static Reading reading(String pattern, BiFunction<Matcher, Currency, Either<String, Clause>> read) {
        return new Reading(Pattern.compile(pattern), read);
    }

    private static Either<String, Clause> fixed(String condition) {
        return Either.right(Clause.of(condition));
    }

    private static Either<String, Clause> spend(Matcher matcher, Currency currency) {
        return Amounts.read(matcher.group("amount"), currency)
                .map(amount ->
                        Clause.of("total_spend " + operator(matcher.group("cmp")) + " " + amount.toPlainString()));
    }

    private static Either<String, Clause> spendRange(Matcher matcher, Currency currency) {
        return Amounts.read(matcher.group("low"), currency)
                .flatMap(low -> Amounts.read(matcher.group("high"), currency)
                        .map(high ->
                                Clause.of("total_spend between " + low.min(high).toPlainString() + " and "
                                        + low.max(high).toPlainString())));
    }

    private static Either<String, Clause> count(Matcher matcher) {
        return fixed("order_count " + operator(matcher.group("cmp")) + " " + new BigDecimal(matcher.group("count")));
    }

    private static Either<String, Clause> lapsed(Matcher matcher, Currency currency) {
        return fixed("last_order_at more than " + Spans.days(matcher.group("span")) + " days ago");
    }

    private static Either<String, Clause> recent(Matcher matcher, Currency currency) {
        return fixed("last_order_at within the last " + Spans.days(matcher.group("span")) + " days");
    }

    private static String operator(String words) {
        return switch (words) {
            case "more than", "over", "above", "greater than", "exceeding", "higher than", ">" -> ">";
            case "at least", "no less than", "minimum of", "minimum", "min", ">=" -> ">=";
            case "under", "less than", "fewer than", "below", "lower than", "<" -> "<";
            case "at most", "up to", "no more than", "maximum of", "maximum", "max", "<=" -> "<=";
            default -> "=";
        };
    }
}
