package io.minicrm.application.assistant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vavr.control.Either;

/**
 * The top-level fields of a model's JSON answer that are strings or booleans; anything else in it is ignored. A text
 * that is not one JSON object is refused: the model's words are read, never trusted.
 */
final class JsonAnswer {

    private final Map<String, Object> fields;

    private JsonAnswer(Map<String, Object> fields) {
        this.fields = fields;
    }

    static Either<String, JsonAnswer> parse(String json) {
        try {
            JsonCursor cursor = new JsonCursor(json);
            Map<String, Object> fields = cursor.object();
            cursor.end();
            return Either.right(new JsonAnswer(new LinkedHashMap<>(fields)));
        } catch (IllegalArgumentException malformed) {
            return Either.left("the answer was not the JSON asked for (" + malformed.getMessage() + ")");
        }
    }

    Optional<String> text(String name) {
        return fields.get(name) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    Optional<Boolean> flag(String name) {
        return fields.get(name) instanceof Boolean flag ? Optional.of(flag) : Optional.empty();
    }

    /** A list field's string members, in order; other members are left out. */
    List<String> texts(String name) {
        return fields.get(name) instanceof List<?> list
                ? list.stream()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .toList()
                : List.of();
    }
}
