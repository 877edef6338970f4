package io.minicrm.domain.segment;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.minicrm.domain.segment.Token.Kind;
import io.vavr.control.Either;

/** Splits rule text into tokens, stopping at the first string it cannot read. */
final class Lexer {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private static final Pattern SYMBOL = Pattern.compile("!=|<=|>=|[()<>=,]");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\"\\\\nrt]|u[0-9A-Fa-f]{4})");
    private static final String ESCAPES = "an escape (\\\", \\\\, \\n, \\r, \\t or \\uXXXX)";

    private final String text;
    private final Matcher matcher; // one matcher, re-aimed at each pattern and offset
    private final List<Token> tokens = new ArrayList<>();
    private int offset;
    private int line = 1;
    private int column = 1;

    private Lexer(String text) {
        this.text = text;
        this.matcher = DATE.matcher(text);
    }

    static TokenStream tokens(String text) {
        return new Lexer(text).run();
    }

    private TokenStream run() {
        for (skipSpace(); offset < text.length(); skipSpace()) {
            if (text.charAt(offset) == '"') {
                Either<RuleSyntaxError, Token> string = string();
                if (string.isLeft()) {
                    return end(Optional.of(string.getLeft()));
                }
                tokens.add(string.get());
            } else {
                tokens.add(plain());
            }
        }
        return end(Optional.empty());
    }

    private TokenStream end(Optional<RuleSyntaxError> unreadable) {
        tokens.add(new Token(Kind.END, "", "", line, column));
        return new TokenStream(tokens, unreadable);
    }

    private Token plain() {
        return lookingAt(DATE, Kind.DATE)
                .or(() -> lookingAt(NUMBER, Kind.NUMBER))
                .or(() -> lookingAt(WORD, Kind.WORD))
                .or(() -> lookingAt(SYMBOL, Kind.SYMBOL))
                .orElseGet(() -> take(Character.charCount(text.codePointAt(offset)), Kind.OTHER));
    }

    private Optional<Token> lookingAt(Pattern pattern, Kind kind) {
        matcher.usePattern(pattern).region(offset, text.length());
        return matcher.lookingAt() ? Optional.of(take(matcher.end() - offset, kind)) : Optional.empty();
    }

    private Token take(int length, Kind kind) {
        String lexeme = text.substring(offset, offset + length);
        Token token = new Token(kind, lexeme, lexeme, line, column);
        advance(length);
        return token;
    }

    private Either<RuleSyntaxError, Token> string() {
        int start = offset;
        int startLine = line;
        int startColumn = column;
        StringBuilder value = new StringBuilder();
        advance(1);
        while (offset < text.length() && text.charAt(offset) != '"') {
            if (text.charAt(offset) != '\\') {
                value.append(text.charAt(offset));
                advance(1);
            } else if (!escape(value)) {
                int length = text.startsWith("\\u", offset) ? 6 : 2;
                String found = text.substring(offset, Math.min(offset + length, text.length()));
                return Either.left(new RuleSyntaxError(line, column, ESCAPES, "'" + found + "'"));
            }
        }
        if (offset == text.length()) {
            return Either.left(new RuleSyntaxError(
                    line,
                    column,
                    "'\"' to close the string opened at line " + startLine + ", column " + startColumn,
                    "end of input"));
        }
        advance(1);
        return Either.right(
                new Token(Kind.STRING, text.substring(start, offset), value.toString(), startLine, startColumn));
    }

    /** Reads the escape at the backslash into the value, if it is one. */
    private boolean escape(StringBuilder value) {
        matcher.usePattern(ESCAPE).region(offset, text.length());
        if (!matcher.lookingAt()) {
            return false;
        }
        String code = matcher.group(1);
        value.append(
                switch (code.charAt(0)) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'u' -> (char) HexFormat.fromHexDigits(code, 1, 5);
                    default -> code.charAt(0);
                });
        advance(matcher.end() - offset);
        return true;
    }

    private void skipSpace() {
        while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
            advance(1);
        }
    }

    /** Moves on, counting lines at '\n' and columns in code points. */
    private void advance(int length) {
        for (int end = offset + length; offset < end; offset++) {
            char c = text.charAt(offset);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
    }
}
