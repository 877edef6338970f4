package io.minicrm.domain.template;

import java.util.Objects;

/** A piece of a parsed template: text copied as it is, or a placeholder filled in for each recipient. */
sealed interface TemplatePart {

    record Literal(String text) implements TemplatePart {
        public Literal {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a literal part is never empty");
            }
        }
    }

    /** The fallback is kept already made safe, so that rendering only has to clean customer data. */
    record Slot(Lookup lookup, String fallback) implements TemplatePart {
        public Slot {
            Objects.requireNonNull(lookup, "lookup");
            fallback = oneLine(fallback);
        }
    }

    /** Replaces every control or line-separator character by a space, so a value can never start a new line. */
    static String oneLine(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (breaksTheLine(value.charAt(i))) {
                return clean(value);
            }
        }
        return value;
    }

    private static String clean(String value) {
        char[] chars = value.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (breaksTheLine(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static boolean breaksTheLine(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
