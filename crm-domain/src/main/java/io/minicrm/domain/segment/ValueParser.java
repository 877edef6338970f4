package io.minicrm.domain.segment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

import io.minicrm.domain.segment.Token.Kind;
import io.minicrm.domain.segment.Value.Day;
import io.minicrm.domain.segment.Value.DaysAgo;
import io.minicrm.domain.segment.Value.Decimal;
import io.minicrm.domain.segment.Value.Flag;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.segment.Value.Text;
import io.vavr.control.Either;

/** Reads the operands of conditions: numbers, strings, true and false, dates, day counts, lists and ranges. */
final class ValueParser {

    private static final String VALUE = "a value";
    private static final String DATE = "a date (YYYY-MM-DD or N days ago)";
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final BigInteger MAX_DAYS = BigInteger.valueOf(Integer.MAX_VALUE);

    private final TokenStream tokens;

    ValueParser(TokenStream tokens) {
        this.tokens = tokens;
    }

    Either<RuleSyntaxError, Value> value() {
        Token token = tokens.next();
        return switch (token.kind()) {
            case NUMBER ->
                tokens.peek().is("days") || tokens.peek().is("day")
                        ? ago(token)
                        : Either.right(new Decimal(new BigDecimal(token.text())));
            case STRING -> Either.right(new Text(token.value()));
            case DATE -> day(token);
            case WORD ->
                token.is("true") || token.is("false")
                        ? Either.right(new Flag(token.is("true")))
                        : tokens.fail(token, VALUE);
            case SYMBOL, OTHER, END -> tokens.fail(token, VALUE);
        };
    }

    Either<RuleSyntaxError, Value> date() {
        Token token = tokens.next();
        return switch (token.kind()) {
            case DATE -> day(token);
            case NUMBER -> ago(token);
            case WORD, STRING, SYMBOL, OTHER, END -> tokens.fail(token, DATE);
        };
    }

    Either<RuleSyntaxError, Value> text() {
        Token token = tokens.next();
        return token.kind() == Kind.STRING
                ? Either.right(new Text(token.value()))
                : tokens.fail(token, "a string in double quotes");
    }

    Either<RuleSyntaxError, Value> range() {
        return value().flatMap(
                        from -> tokens.expect("and").flatMap(and -> value()).map(to -> new Range(from, to)));
    }

    Either<RuleSyntaxError, Value> list() {
        return tokens.expect("(")
                .flatMap(open -> tokens.separated(",", this::value))
                .flatMap(items -> tokens.expect(")").map(close -> new Many(items)));
    }

    /** {@code N days}, as in {@code within the last N days}. */
    Either<RuleSyntaxError, Value> days() {
        return days(tokens.next());
    }

    /** {@code N days ago}, as in {@code more than N days ago}. */
    Either<RuleSyntaxError, Value> daysAgo() {
        return ago(tokens.next());
    }

    private Either<RuleSyntaxError, Value> ago(Token count) {
        return days(count).flatMap(days -> tokens.expect("ago").map(ago -> days));
    }

    private Either<RuleSyntaxError, Value> days(Token count) {
        return whole(count).flatMap(days -> unit().map(unit -> new DaysAgo(days)));
    }

    private Either<RuleSyntaxError, Token> unit() {
        return tokens.expect(tokens.peek().is("day") ? "day" : "days");
    }

    private Either<RuleSyntaxError, Integer> whole(Token count) {
        if (count.kind() == Kind.NUMBER && WHOLE.matcher(count.text()).matches()) {
            BigInteger days = new BigInteger(count.text());
            if (days.compareTo(MAX_DAYS) <= 0) {
                return Either.right(days.intValue());
            }
        }
        return tokens.fail(count, "a whole number of days from 0 to " + Integer.MAX_VALUE);
    }

    /** The lexer only checked the shape YYYY-MM-DD; the calendar decides whether the day exists. */
    private Either<RuleSyntaxError, Value> day(Token token) {
        String date = token.text();
        int year = Integer.parseInt(date, 0, 4, 10);
        int month = Integer.parseInt(date, 5, 7, 10);
        int day = Integer.parseInt(date, 8, 10, 10);
        boolean exists = month >= 1
                && month <= 12
                && day >= 1
                && day <= YearMonth.of(year, month).lengthOfMonth();
        return exists
                ? Either.right(new Day(LocalDate.of(year, month, day)))
                : tokens.fail(token, "a date that exists");
    }
}
