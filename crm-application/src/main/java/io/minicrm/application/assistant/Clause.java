package io.minicrm.application.assistant;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One understood piece of a description as rule text. A city or tag clause keeps its values so that a bare name after
 * it ("in Pune or Mumbai", "tagged vip and gold") joins them instead of being read on its own.
 */
record Clause(Kind kind, List<String> values, String condition, boolean negated) {

    enum Kind {
        CITY,
        ANY_TAG,
        ALL_TAGS,
        OTHER
    }

    Clause {
        values = List.copyOf(values);
    }

    static Clause of(String condition) {
        return new Clause(Kind.OTHER, List.of(), condition, false);
    }

    static Clause city(String city) {
        return new Clause(Kind.CITY, List.of(city), "", false);
    }

    static Clause tag(String tag) {
        return new Clause(Kind.ANY_TAG, List.of(tag), "", false);
    }

    boolean listing() {
        return kind != Kind.OTHER;
    }

    Clause negate() {
        return new Clause(kind, values, condition, !negated);
    }

    /** The clause with one more value; for tags, {@code and} asks for every tag and {@code or} for any. */
    Clause with(String value, boolean conjunction) {
        Kind joined = kind == Kind.CITY ? Kind.CITY : conjunction ? Kind.ALL_TAGS : Kind.ANY_TAG;
        String added = kind == Kind.CITY ? PhraseClauses.place(value) : value;
        return new Clause(
                joined, Stream.concat(values.stream(), Stream.of(added)).toList(), condition, negated);
    }

    String text() {
        String positive = switch (kind) {
            case CITY -> values.size() == 1 ? "city = " + quoted(values.getFirst()) : "city in " + list();
            case ANY_TAG -> "tags has any " + list();
            case ALL_TAGS -> "tags has all " + list();
            case OTHER -> condition;
        };
        return negated ? "not (" + positive + ")" : positive;
    }

    private String list() {
        return values.stream().map(Clause::quoted).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
