package io.minicrm.adapter.mongo;

/**
 * Text in the form rule conditions compare it: each character upper-cased then lower-cased, which is exactly the
 * equivalence {@link String#equalsIgnoreCase} applies character by character. A stored folded copy lets equality,
 * prefixes and substrings ignoring case become plain, index-friendly comparisons.
 */
final class TextFold {

    private TextFold() {}

    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(point -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(point))));
        return folded.toString();
    }

    /** A regular expression matching the text literally, in MongoDB's and Java's dialects alike. */
    static String literalPattern(String text) {
        StringBuilder pattern = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                pattern.append(String.format("\\x%02x", (int) c));
            } else if (c < 0x80 && !Character.isLetterOrDigit(c)) {
                pattern.append('\\').append(c);
            } else {
                pattern.append(c);
            }
        }
        return pattern.toString();
    }
}
