package io.minicrm.domain.segment;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import io.minicrm.domain.segment.Rule.All;
import io.minicrm.domain.segment.Rule.Any;
import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Rule.Not;
import io.vavr.control.Either;

/**
 * Reads the text form of a rule, such as {@code total_spend > 5000 and not tags has any ("churned")}, into its tree;
 * it checks syntax only, leaving fields and their types to the {@link RuleValidator}.
 */
public final class RuleParser {

    /** Longer text is refused unread. */
    public static final int MAX_LENGTH = 100_000;

    private final TokenStream tokens;
    private final ConditionParser conditions;

    private RuleParser(TokenStream tokens) {
        this.tokens = tokens;
        this.conditions = new ConditionParser(tokens);
    }

    public static Either<RuleSyntaxError, Rule> parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return Either.left(
                    new RuleSyntaxError(1, 1, "at most " + MAX_LENGTH + " characters", text.length() + " characters"));
        }
        RuleParser parser = new RuleParser(Lexer.tokens(text));
        return parser.rule(1)
                .flatMap(rule ->
                        parser.tokens.expectEnd("'and', 'or' or end of input").map(end -> rule));
    }

    // The level counts the parentheses, 'not's and all(/any( the parser is inside. Bounding it bounds the recursion
    // whatever the text; withinDepth() then checks the depth of the tree itself, which and/or can deepen without a
    // level.
    private Either<RuleSyntaxError, Rule> rule(int level) {
        return infix(level, "or", this::conjunction, Any::new);
    }

    private Either<RuleSyntaxError, Rule> conjunction(int level) {
        return infix(level, "and", this::unary, All::new);
    }

    private Either<RuleSyntaxError, Rule> infix(
            int level,
            String operator,
            IntFunction<Either<RuleSyntaxError, Rule>> operand,
            Function<List<Rule>, Rule> node) {
        Token start = tokens.peek();
        return tokens.separated(operator, () -> operand.apply(level))
                .flatMap(operands -> operands.size() == 1
                        ? Either.right(operands.getFirst())
                        : withinDepth(start, node.apply(operands)));
    }

    private Either<RuleSyntaxError, Rule> unary(int level) {
        Token start = tokens.peek();
        if (start.is("not")) {
            tokens.next();
            return deeper(start, level).flatMap(this::unary).flatMap(negated -> withinDepth(start, new Not(negated)));
        }
        if (start.is("(")) {
            tokens.next();
            return deeper(start, level)
                    .flatMap(this::rule)
                    .flatMap(rule -> tokens.expect(")").map(close -> rule));
        }
        if (start.is("all") || start.is("any")) {
            tokens.next();
            Function<List<Rule>, Rule> node = start.is("all") ? All::new : Any::new;
            return tokens.expect("(")
                    .flatMap(open -> deeper(start, level))
                    .flatMap(this::rules)
                    .flatMap(rules -> withinDepth(start, node.apply(rules)));
        }
        return conditions.condition();
    }

    /** The rules of an explicit {@code all(…)} or {@code any(…)}, after its opening parenthesis. */
    private Either<RuleSyntaxError, List<Rule>> rules(int level) {
        if (tokens.accept(")")) {
            return Either.right(List.of());
        }
        return tokens.separated(",", () -> rule(level))
                .flatMap(rules -> tokens.expect(")").map(close -> rules));
    }

    private Either<RuleSyntaxError, Integer> deeper(Token opening, int level) {
        return level < Rule.MAX_DEPTH ? Either.right(level + 1) : tooDeep(opening);
    }

    private Either<RuleSyntaxError, Rule> withinDepth(Token start, Rule node) {
        return height(node) <= Rule.MAX_DEPTH ? Either.right(node) : tooDeep(start);
    }

    private <T> Either<RuleSyntaxError, T> tooDeep(Token at) {
        return Either.left(new RuleSyntaxError(
                at.line(),
                at.column(),
                "at most " + Rule.MAX_DEPTH + " levels of nesting",
                String.valueOf(Rule.MAX_DEPTH + 1)));
    }

    /** Levels from the node down to its deepest condition; children are already known to be shallow enough. */
    private static int height(Rule rule) {
        return switch (rule) {
            case All(List<Rule> rules) -> 1 + tallest(rules);
            case Any(List<Rule> rules) -> 1 + tallest(rules);
            case Not(Rule negated) -> 1 + height(negated);
            case Condition condition -> 1;
        };
    }

    private static int tallest(List<Rule> rules) {
        return rules.stream().mapToInt(RuleParser::height).max().orElse(0);
    }
}
