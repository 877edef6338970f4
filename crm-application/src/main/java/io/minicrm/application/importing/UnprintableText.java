package io.minicrm.application.importing;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds what a cell must not bring into the store: a control character other than a tab or a line break (a NUL, an
 * escape, a C1 control from a file read in the wrong charset), or half of a surrogate pair, which is no character.
 * Stored, either would show as nothing or garble every page that prints it.
 */
final class UnprintableText {

    private UnprintableText() {}

    /** Why the text cannot be stored as it is; empty when it can. */
    static Optional<String> in(String text) {
        for (int at = 0; at < text.length(); at++) {
            char next = text.charAt(at);
            if (Character.isISOControl(next) && next != '\t' && next != '\n' && next != '\r') {
                return Optional.of("holds the control character " + codePoint(next) + " at character " + (at + 1)
                        + "; a cell may hold tabs and line breaks, but no other control character");
            }
            if (Character.isHighSurrogate(next)
                    && at + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(at + 1))) {
                at++;
            } else if (Character.isSurrogate(next)) {
                return Optional.of("holds " + codePoint(next) + " at character " + (at + 1)
                        + ", half of a surrogate pair, which is no character");
            }
        }
        return Optional.empty();
    }

    private static String codePoint(char character) {
        return String.format(Locale.ROOT, "U+%04X", (int) character);
    }
}
