package io.minicrm.domain.segment;

import java.util.Locale;

/**
 * One word, number, date, string, symbol or the end of rule text, where it starts (1-based), its text as written and,
 * for a string, the text it stands for.
 */
record Token(Kind kind, String text, String value, int line, int column) {

    enum Kind {
        WORD,
        NUMBER,
        DATE,
        STRING,
        SYMBOL,
        OTHER,
        END
    }

    /** How the grammar spells this token: words in lower case (keywords ignore case), symbols as written. */
    String spelling() {
        return switch (kind) {
            case WORD -> text.toLowerCase(Locale.ROOT);
            case SYMBOL -> text;
            case NUMBER, DATE, STRING, OTHER, END -> "";
        };
    }

    boolean is(String spelling) {
        return spelling().equals(spelling);
    }

    String describe() {
        return kind == Kind.END ? "end of input" : "'" + text + "'";
    }
}
