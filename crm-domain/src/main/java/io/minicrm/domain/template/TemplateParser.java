package io.minicrm.domain.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.vavr.control.Either;

/** Splits a template's text into literal text and placeholders, noting every placeholder it cannot accept. */
final class TemplateParser {

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";

    private final String field;
    private final String text;
    private final PlaceholderCatalogue known;
    private final List<TemplatePart> parts = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();

    private TemplateParser(String field, String text, PlaceholderCatalogue known) {
        this.field = field;
        this.text = text;
        this.known = known;
    }

    static Either<Problem.Invalid, MessageTemplate> parse(String field, String text, PlaceholderCatalogue known) {
        return new TemplateParser(field, text, known).parse();
    }

    private Either<Problem.Invalid, MessageTemplate> parse() {
        int literalStart = 0;
        int open = text.indexOf(OPEN);
        while (open >= 0) {
            int close = text.indexOf(CLOSE, open + OPEN.length());
            int nextOpen = text.indexOf(OPEN, open + OPEN.length());
            if (close < 0 || nextOpen >= 0 && nextOpen < close) {
                violations.add(at(open, "unclosed '{{'"));
                open = nextOpen;
                continue;
            }
            literal(literalStart, open);
            placeholder(open, text.substring(open + OPEN.length(), close));
            literalStart = close + CLOSE.length();
            open = text.indexOf(OPEN, literalStart);
        }
        literal(literalStart, text.length());
        return violations.isEmpty()
                ? Either.right(new MessageTemplate(text, parts))
                : Either.left(new Problem.Invalid(violations));
    }

    private void literal(int from, int to) {
        if (from < to) {
            parts.add(new TemplatePart.Literal(text.substring(from, to)));
        }
    }

    /** {@code name} or {@code name|fallback}, both trimmed; the fallback may be empty and may hold spaces. */
    private void placeholder(int position, String inside) {
        int bar = inside.indexOf('|');
        String name = (bar < 0 ? inside : inside.substring(0, bar)).strip();
        String fallback = bar < 0 ? "" : inside.substring(bar + 1).strip();
        if (name.isEmpty()) {
            violations.add(at(position, "empty placeholder name"));
            return;
        }
        Optional<Lookup> lookup = known.resolve(name);
        lookup.ifPresentOrElse(
                found -> parts.add(new TemplatePart.Slot(found, fallback)),
                () -> violations.add(at(position, "unknown placeholder '" + name + "'")));
    }

    private Violation at(int position, String what) {
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new Violation(field, what + " at line " + line + ", column " + (position - lineStart + 1));
    }
}
