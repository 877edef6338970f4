package io.minicrm.adapter.http.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.Yaml;

/**
 * The generated OpenAPI document, read as YAML, and a small checker of JSON answers against its schemas: every required
 * property is there, and each value has the declared type (null only where the schema allows it).
 */
@SuppressWarnings("unchecked")
final class OpenApiSchemas {

    /** One method on one path, as the document describes it. */
    record Operation(String method, String path, Map<String, Object> definition) {

        String name() {
            return method + " " + path;
        }

        List<Map<String, Object>> parameters(String in) {
            List<Map<String, Object>> parameters =
                    (List<Map<String, Object>>) definition.getOrDefault("parameters", List.of());
            return parameters.stream()
                    .filter(parameter -> in.equals(parameter.get("in")))
                    .toList();
        }

        Optional<String> bodyType() {
            Map<String, Object> body = (Map<String, Object>) definition.get("requestBody");
            return body == null
                    ? Optional.empty()
                    : ((Map<String, Object>) body.get("content"))
                            .keySet().stream().findFirst();
        }

        Optional<Map<String, Object>> jsonBodySchema() {
            Map<String, Object> body = (Map<String, Object>) definition.get("requestBody");
            if (body == null
                    || !(((Map<String, Object>) body.get("content")).get("application/json")
                            instanceof Map<?, ?> json)) {
                return Optional.empty();
            }
            return Optional.of((Map<String, Object>) json.get("schema"));
        }

        /** The schema of a JSON answer with this status, or of the documented success when the status is not documented. */
        Optional<Map<String, Object>> answerSchema(int status) {
            Map<String, Object> responses = (Map<String, Object>) definition.get("responses");
            Object response = responses.get(String.valueOf(status));
            if (response == null && status < 300) {
                response = responses.entrySet().stream()
                        .filter(entry -> entry.getKey().startsWith("2"))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
            }
            if (!(response instanceof Map<?, ?> found) || !(found.get("content") instanceof Map<?, ?> content)) {
                return Optional.empty();
            }
            return content.values().stream().findFirst().map(media ->
                    (Map<String, Object>) ((Map<String, Object>) media).get("schema"));
        }
    }

    private final Map<String, Object> document;

    private OpenApiSchemas(Map<String, Object> document) {
        this.document = document;
    }

    static OpenApiSchemas load() {
        try (InputStream yaml = OpenApiSchemas.class.getResourceAsStream("/META-INF/swagger/mini-crm.yml")) {
            return new OpenApiSchemas(new Yaml().load(yaml));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    List<Operation> operations() {
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, definition) ->
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, definition))));
        return operations;
    }

    Map<String, Object> named(String name) {
        return (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas")).get(name);
    }

    /** The schema itself, following a {@code $ref} (and an {@code allOf} of one). */
    Map<String, Object> resolved(Map<String, Object> schema) {
        if (schema.get("$ref") instanceof String reference) {
            return resolved(named(reference.substring(reference.lastIndexOf('/') + 1)));
        }
        if (schema.get("allOf") instanceof List<?> all && all.size() == 1 && !schema.containsKey("properties")) {
            return resolved((Map<String, Object>) all.get(0));
        }
        return schema;
    }

    /** Every way the JSON value differs from the schema, each with its path; empty when it fits. */
    List<String> mismatches(Map<String, Object> schema, Object json) {
        List<String> mismatches = new ArrayList<>();
        check(resolved(schema), json, "$", mismatches);
        return mismatches;
    }

    private void check(Map<String, Object> schema, Object json, String path, List<String> mismatches) {
        if (json == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                mismatches.add(path + " is null but not nullable");
            }
            return;
        }
        String type = (String) schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "any");
        switch (type) {
            case "object" -> object(schema, json, path, mismatches);
            case "array" -> {
                if (!(json instanceof List<?> items)) {
                    mismatches.add(path + " is not an array");
                    return;
                }
                Map<String, Object> itemSchema = resolved((Map<String, Object>) schema.getOrDefault("items", Map.of()));
                for (int i = 0; i < items.size(); i++) {
                    check(itemSchema, items.get(i), path + "[" + i + "]", mismatches);
                }
            }
            case "string" -> expect(json instanceof String, path + " is not a string", mismatches);
            case "integer" ->
                expect(
                        json instanceof Integer || json instanceof Long || json instanceof java.math.BigInteger,
                        path + " is not an integer",
                        mismatches);
            case "number" -> expect(json instanceof Number, path + " is not a number", mismatches);
            case "boolean" -> expect(json instanceof Boolean, path + " is not a boolean", mismatches);
            default -> {}
        }
    }

    private void object(Map<String, Object> schema, Object json, String path, List<String> mismatches) {
        if (!(json instanceof Map<?, ?> object)) {
            mismatches.add(path + " is not an object");
            return;
        }
        for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
            if (!object.containsKey(required)) {
                mismatches.add(path + " lacks the required " + required);
            }
        }
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        properties.forEach((name, property) -> {
            if (object.containsKey(name)) {
                check(resolved((Map<String, Object>) property), object.get(name), path + "." + name, mismatches);
            }
        });
        if (schema.get("additionalProperties") instanceof Map<?, ?> values
                && !((Map<?, ?>) values).isEmpty()
                && ((Map<?, ?>) values).get("type") instanceof String valueType
                && !"object".equals(valueType)) {
            object.forEach((name, value) -> {
                if (!properties.containsKey(name)) {
                    check(resolved((Map<String, Object>) values), value, path + "." + name, mismatches);
                }
            });
        }
    }

    private static void expect(boolean holds, String mismatch, List<String> mismatches) {
        if (!holds) {
            mismatches.add(mismatch);
        }
    }
}
