package io.minicrm.adapter.http.hostile;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * JSON values and query texts a hostile or unlucky client sends: huge and tiny numbers, exponents, NaN-like words,
 * control characters, lone surrogates, very long text, deep and wide structures, wrong types, nulls inside lists and
 * values no enumeration has. A JSON value is kept as the text to send, so that it reaches the server as written.
 */
final class HostileValues {

    /** A JSON fragment sent exactly as written. */
    record Raw(String json) {
        @Override
        public String toString() {
            return json.length() <= 80 ? json : json.substring(0, 80) + "…(" + json.length() + " characters)";
        }
    }

    private static final List<Supplier<String>> FIXED = List.<Supplier<String>>of(
            () -> "1e1000000",
            () -> "-1e1000000",
            () -> "1e-1000000",
            () -> "0",
            () -> "-0",
            () -> "-1",
            () -> "0.1",
            () -> "2147483648",
            () -> "-2147483649",
            () -> "9223372036854775808",
            () -> "123456789012345678901234567890.5",
            () -> "9".repeat(1_500),
            () -> "1." + "0".repeat(2_000) + "1",
            () -> "1e308",
            () -> "4.9e-324",
            () -> "null",
            () -> "true",
            () -> "false",
            () -> "{}",
            () -> "[]",
            () -> "[null]",
            () -> "[null,1,\"x\"]",
            () -> "[{}]",
            () -> "\"\"",
            () -> "\"   \"",
            () -> "\"NaN\"",
            () -> "\"Infinity\"",
            () -> "\"-Infinity\"",
            () -> "\"1e1000000\"",
            () -> "\"0x7fffffff\"",
            () -> "\"\\u0000\"",
            () -> "\"a\\u0000b\"",
            () -> "\"\\ud800\"",
            () -> "\"x\\udc00\"",
            () -> "\"\\u0007\\u001b[31m\\u007f\\u0085\"",
            () -> "\"\\u202e\\u2028\\u2029\"",
            () -> "\"line\\nbreak\\r\\ttab\"",
            () -> "\"😀\"",
            () -> "\"sideways\"",
            () -> "\"EMAIL\"",
            () -> "\"sms\"",
            () -> "\"{{name}}{{\"",
            () -> "\"9999-12-31T23:59:59Z\"",
            () -> "\"-999999999-01-01T00:00:00Z\"",
            () -> "\"+999999999-12-31T23:59:59Z\"",
            () -> "\"1899-12-31\"",
            () -> "\"2026-02-30T00:00:00Z\"",
            () -> "\"" + "x".repeat(100_000) + "\"",
            () -> "\"" + "é".repeat(3_000) + "\"",
            () -> "[" + "\"t\",".repeat(20_000) + "\"t\"]",
            () -> "[" + "1,".repeat(20_000) + "1]",
            () -> "[".repeat(1_100) + "]".repeat(1_100),
            () -> "[".repeat(500) + "]".repeat(500),
            () -> "{\"a\":".repeat(1_100) + "1" + "}".repeat(1_100),
            () -> "{\"not\":".repeat(40) + "{}" + "}".repeat(40),
            () -> "{"
                    + java.util.stream.IntStream.range(0, 5_000)
                            .mapToObj(i -> "\"k" + i + "\":" + i)
                            .collect(Collectors.joining(","))
                    + "}",
            () -> "{\"field\":\"total_spend\",\"op\":\"gt\",\"value\":1e1000000}",
            () -> "{\"date\":\"+999999999-01-01\"}",
            () -> "{\"daysAgo\":1e1000000}",
            () -> "{\"from\":null,\"to\":[]}");

    private HostileValues() {}

    /** Every one of the known hostile JSON values, each of which every field is sent. */
    static List<Raw> known() {
        return FIXED.stream().map(supplier -> new Raw(supplier.get())).toList();
    }

    /** Any text, of any code points, lone surrogates included, or a number with any exponent, as JSON. */
    static Gen<Raw> values() {
        Gen<Raw> anyText = strings().allPossible().ofLengthBetween(0, 40).map(text -> new Raw(quoted(text)));
        Gen<Raw> anyNumber = integers().all().map(number -> new Raw(number + "e" + Math.floorMod(number, 400)));
        return anyText.mix(anyNumber, 30).mix(Generate.pick(known()), 20);
    }

    /** Every one of the known hostile query texts, percent-encoded as a client would send them, or as it should not. */
    static List<String> knownQueryTexts() {
        return List.of(
                "sideways",
                "-1",
                "0",
                "99999999999",
                "1e1000000",
                "NaN",
                "",
                "%00",
                "%ED%A0%80",
                "%E2%80%AE",
                "true",
                "TRUE",
                "yes",
                "maybe",
                "DESC",
                "asc%00",
                "%20",
                "x".repeat(1_000),
                "2026-01-01",
                "-999999999-01-01T00:00:00Z",
                "%2B999999999-12-31T23%3A59%3A59Z",
                "a,b,,",
                "customer%3Acreated,nope");
    }

    /** Any text of any code points, percent-encoded. */
    static Gen<String> queryTexts() {
        return strings().allPossible().ofLengthBetween(0, 20).map(HostileValues::percentEncoded);
    }

    /** Text written as a JSON string with every character outside printable ASCII escaped, lone surrogates included. */
    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** Writes maps, lists, texts, numbers, dates as ISO text, and raw fragments as they are. */
    static String json(Object value) {
        return switch (value) {
            case null -> "null";
            case Raw raw -> raw.json();
            case String text -> quoted(text);
            case Date date -> quoted(date.toInstant().toString());
            case Number number -> number.toString();
            case Boolean flag -> flag.toString();
            case Map<?, ?> object ->
                object.entrySet().stream()
                        .map(entry -> quoted(String.valueOf(entry.getKey())) + ":" + json(entry.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
            case List<?> items -> items.stream().map(HostileValues::json).collect(Collectors.joining(",", "[", "]"));
            default -> quoted(value.toString());
        };
    }

    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                encoded.append(c);
            } else if (Character.isSurrogate(c)) {
                // Encoded as CESU-8 would: no valid UTF-8 has these bytes.
                encoded.append(String.format(
                        "%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
            } else {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    encoded.append(String.format("%%%02X", b & 0xFF));
                }
            }
        }
        return encoded.toString();
    }
}
