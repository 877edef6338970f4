package io.minicrm.domain.shared;

import java.util.Optional;

/**
 * The longest text each kind of field keeps, and the characters no text may hold, declared once so that JSON and CSV
 * refuse alike and in the same words. A length counts characters (Unicode code points) after surrounding blanks are
 * stripped. No text holds an unpaired surrogate, which no store can encode, and no stored text holds control
 * characters (multi-line text keeps tabs and line breaks); text in a rule only compares, so it may hold any.
 */
public enum TextLimits {
    CUSTOMER_NAME("a name", Lengths.CUSTOMER_NAME, Lines.MANY),
    PHONE("a phone number", Lengths.PHONE, Lines.ONE),
    CITY("a city", Lengths.CITY, Lines.MANY),
    TAG("a tag", Lengths.TAG, Lines.ONE),
    ATTRIBUTE_TEXT("an attribute's text", Lengths.ATTRIBUTE_TEXT, Lines.MANY),
    EXTERNAL_REF("an external reference", Lengths.EXTERNAL_REF, Lines.ONE),
    ITEM_NAME("an item's name", Lengths.ITEM_NAME, Lines.ONE),
    SEGMENT_NAME("a segment's name", Lengths.SEGMENT_NAME, Lines.ONE),
    SEGMENT_DESCRIPTION("a segment's description", Lengths.SEGMENT_DESCRIPTION, Lines.MANY),
    RULE_TEXT("text in a rule", Lengths.RULE_TEXT, Lines.ANY),
    CAMPAIGN_NAME("a campaign's name", Lengths.CAMPAIGN_NAME, Lines.ONE),
    VARIABLE("a variable's value", Lengths.VARIABLE, Lines.ONE),
    EMAIL_SUBJECT("an e-mail's subject", Lengths.EMAIL_SUBJECT, Lines.ONE),
    EMAIL_MESSAGE("an e-mail's message", Lengths.EMAIL_MESSAGE, Lines.MANY),
    SMS_MESSAGE("an SMS message", Lengths.SMS_MESSAGE, Lines.MANY),
    GOAL("a campaign's goal", Lengths.GOAL, Lines.MANY),
    VENDOR_ID("a vendor's id", Lengths.VENDOR_ID, Lines.ONE),
    FAILURE_REASON("a failure reason", Lengths.FAILURE_REASON, Lines.MANY);

    /**
     * The same lengths as constants, for the annotations that show them to clients. A message counts each placeholder
     * at its longest, so a subject is long enough for a name, a city and a text attribute together, and an SMS for
     * several. A name and a city may span lines, as a spreadsheet's quoted cell does; a message writes their line
     * breaks as spaces.
     */
    public static final class Lengths {
        public static final int CUSTOMER_NAME = 100;
        public static final int PHONE = 32;
        public static final int CITY = 100;
        public static final int TAG = 64;
        public static final int ATTRIBUTE_TEXT = 200;
        public static final int EXTERNAL_REF = 100;
        public static final int ITEM_NAME = 200;
        public static final int SEGMENT_NAME = 200;
        public static final int SEGMENT_DESCRIPTION = 2_000;
        public static final int RULE_TEXT = 1_000;
        public static final int CAMPAIGN_NAME = 200;
        public static final int VARIABLE = 1_000;
        public static final int EMAIL_SUBJECT = 500;
        public static final int EMAIL_MESSAGE = 100_000;
        public static final int SMS_MESSAGE = 1_600;
        public static final int GOAL = 1_000;
        public static final int VENDOR_ID = 200;
        public static final int FAILURE_REASON = 1_000;

        private Lengths() {}
    }

    private enum Lines {
        ONE,
        MANY,
        ANY
    }

    private final String noun;
    private final int maxLength;
    private final Lines lines;

    TextLimits(String noun, int maxLength, Lines lines) {
        this.noun = noun;
        this.maxLength = maxLength;
        this.lines = lines;
    }

    /** The most characters this kind of text has. */
    public int maxLength() {
        return maxLength;
    }

    public boolean multiLine() {
        return lines != Lines.ONE;
    }

    /** The refusal of text that is too long: {@code a name has at most 200 characters}. */
    public String lengthRule() {
        return noun + " has at most " + maxLength + " characters";
    }

    /** The refusal of a template that may render longer than the limit, placeholders filled in at their longest. */
    public String renderedRule(int longest) {
        return lengthRule() + ", each placeholder counted at its longest: this one can reach " + longest;
    }

    /** The refusal of a forbidden character. */
    public String characterRule() {
        return multiLine()
                ? noun + " has no control characters other than tabs and line breaks"
                : noun + " has no line breaks or control characters";
    }

    /** The refusal of half a surrogate pair, which is no character at all. */
    public String unicodeRule() {
        return noun + " is not valid Unicode: it holds an unpaired surrogate";
    }

    /**
     * Why the text cannot be kept, if it cannot. Reads at most one character past the limit, so a text of many
     * megabytes costs no more than one at the limit.
     */
    public Optional<String> check(String text) {
        int length = 0;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (Character.isHighSurrogate(c)
                    && at + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(at + 1))) {
                at++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(unicodeRule());
            } else if (forbidden(c)) {
                return Optional.of(characterRule());
            }
            if (++length > maxLength) {
                return Optional.of(lengthRule());
            }
        }
        return Optional.empty();
    }

    /** How many characters (code points) the text has. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private boolean forbidden(char c) {
        return switch (lines) {
            case ANY -> false;
            case MANY -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
            case ONE -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
        };
    }
}
