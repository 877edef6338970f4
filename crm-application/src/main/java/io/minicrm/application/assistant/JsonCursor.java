package io.minicrm.application.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of one JSON text (RFC 8259) into maps, lists, strings, numbers, booleans and a marker for null. It
 * throws {@link IllegalArgumentException} naming the offset of the first fault; it never returns a partial value.
 */
final class JsonCursor {

    /** Stands for JSON's {@code null}, which the maps and lists here cannot hold. */
    static final Object NULL = new Object();

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int at;
    private int depth;

    JsonCursor(String text) {
        this.text = text;
    }

    Map<String, Object> object() {
        space();
        expect('{');
        if (++depth > MAX_DEPTH) {
            throw fault("nesting too deep");
        }
        Map<String, Object> members = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            at++;
        } else {
            do {
                space();
                String name = string();
                space();
                expect(':');
                members.put(name, value());
                space();
            } while (next() == ',');
            back('}');
        }
        depth--;
        return members;
    }

    void end() {
        space();
        if (at != text.length()) {
            throw fault("text after the value");
        }
    }

    private Object value() {
        space();
        char c = peek();
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", NULL);
            default -> number();
        };
    }

    private List<Object> array() {
        expect('[');
        if (++depth > MAX_DEPTH) {
            throw fault("nesting too deep");
        }
        List<Object> members = new ArrayList<>();
        space();
        if (peek() == ']') {
            at++;
        } else {
            do {
                members.add(value());
                space();
            } while (next() == ',');
            back(']');
        }
        depth--;
        return members;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw fault("control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = next();
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(hex());
                default -> throw fault("unknown escape");
            }
        }
    }

    private char hex() {
        if (at + 4 > text.length()) {
            throw fault("short unicode escape");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
            at += 4;
            return c;
        } catch (NumberFormatException notHex) {
            throw fault("bad unicode escape");
        }
    }

    private BigDecimal number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String digits = text.substring(start, at);
        if (digits.isEmpty() || !digits.matches("-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?")) {
            throw fault("not a value");
        }
        return new BigDecimal(digits);
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw fault("not a value");
        }
        at += word.length();
        return value;
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw fault("unexpected end");
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            at--;
            throw fault("expected '" + c + "'");
        }
    }

    /** After a list of members, the character just read must close it. */
    private void back(char close) {
        at--;
        expect(close);
    }

    private IllegalArgumentException fault(String what) {
        return new IllegalArgumentException(what + " at offset " + at);
    }
}
