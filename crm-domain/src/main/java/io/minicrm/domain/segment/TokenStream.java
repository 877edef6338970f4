package io.minicrm.domain.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.minicrm.domain.segment.Token.Kind;
import io.vavr.control.Either;

/**
 * The tokens of one rule text, read front to back. When the lexer stopped early (at a string it could not read), the
 * tokens end there and reaching that end reports the lexer's reason, so errors come in reading order.
 */
final class TokenStream {

    private final List<Token> tokens;
    private final Optional<RuleSyntaxError> unreadable;
    private int position;

    TokenStream(List<Token> tokens, Optional<RuleSyntaxError> unreadable) {
        this.tokens = List.copyOf(tokens);
        this.unreadable = unreadable;
    }

    Token peek() {
        return tokens.get(position);
    }

    /** Consumes the next token; the end is never consumed, so it can be peeked at again. */
    Token next() {
        Token token = peek();
        if (token.kind() != Kind.END) {
            position++;
        }
        return token;
    }

    boolean accept(String spelling) {
        boolean accepted = peek().is(spelling);
        if (accepted) {
            position++;
        }
        return accepted;
    }

    Either<RuleSyntaxError, Token> expect(String spelling) {
        return peek().is(spelling) ? Either.right(next()) : fail("'" + spelling + "'");
    }

    Either<RuleSyntaxError, Token> expectEnd(String expected) {
        return peek().kind() == Kind.END && unreadable.isEmpty() ? Either.right(peek()) : fail(expected);
    }

    /** One or more items with the separator between them. */
    <T> Either<RuleSyntaxError, List<T>> separated(String separator, Supplier<Either<RuleSyntaxError, T>> item) {
        List<T> items = new ArrayList<>();
        do {
            Either<RuleSyntaxError, T> next = item.get();
            if (next.isLeft()) {
                return Either.left(next.getLeft());
            }
            items.add(next.get());
        } while (accept(separator));
        return Either.right(items);
    }

    <T> Either<RuleSyntaxError, T> fail(String expected) {
        return fail(peek(), expected);
    }

    <T> Either<RuleSyntaxError, T> fail(Token found, String expected) {
        return Either.left(
                found.kind() == Kind.END && unreadable.isPresent()
                        ? unreadable.get()
                        : new RuleSyntaxError(found.line(), found.column(), expected, found.describe()));
    }
}
