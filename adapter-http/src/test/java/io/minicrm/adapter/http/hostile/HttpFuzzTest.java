package io.minicrm.adapter.http.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.hostile.HostileValues.Raw;
import io.minicrm.adapter.http.hostile.OpenApiSchemas.Operation;
import io.minicrm.adapter.http.hostile.RawHttp.Answer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sends hostile values to every operation the OpenAPI document lists, in every field of its JSON body and in every query
 * parameter, and to its path: each answer is a success or a 4xx in Problem Details, in time, naming no class of the
 * server, in the shape the document declares; and the service answers a plain request throughout. The generators'
 * seed is fixed and named in every failure, and the number of requests is bounded.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.serde.deserialization.ignore-unknown", value = "false")
@SuppressWarnings("unchecked")
class HttpFuzzTest {

    private static final long SEED = 20261206L;
    /** Generated values per field or parameter, besides every known hostile one. */
    private static final int EXAMPLES_PER_FIELD = 5;

    private static final int EXAMPLES_PER_BODY = 10;
    private static final Duration TIME_BOUND = Duration.ofSeconds(5);
    private static final int PROBE_EVERY = 25;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final List<String> INTERNALS = List.of("io.minicrm.", "java.", "com.fasterxml");

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private final OpenApiSchemas document = OpenApiSchemas.load();
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private RawHttp http;
    private Map<String, String> ids;
    private int sent;

    @BeforeAll
    void fixtures() {
        http = new RawHttp(server.getURI(), Duration.ofSeconds(30));
        String customer =
                idOf(http.json("POST", "/api/customers", "{\"email\":\"fuzz@example.com\",\"name\":\"Fuzz\"}"));
        String segment =
                idOf(http.json("POST", "/api/segment-rules", "{\"name\":\"Everyone\",\"rule\":\"order_count >= 0\"}"));
        String campaign = idOf(http.json(
                "POST", "/api/campaigns", "{\"name\":\"Fuzz\",\"segmentId\":\"" + segment + "\",\"message\":\"Hi\"}"));
        String order = idOf(http.json("POST", "/api/orders", "{\"customerId\":\"" + customer + "\",\"amount\":10}"));
        ids = Map.of(
                "customerId",
                customer,
                "segmentId",
                segment,
                "ruleId",
                segment,
                "campaignId",
                campaign,
                "orderId",
                order);
    }

    @Test
    void every_operation_answers_hostile_input_with_a_success_or_a_problem_and_keeps_answering() {
        // Deleting comes last, so that the other operations find what they name.
        List<Operation> operations = document.operations().stream()
                .sorted(Comparator.comparing(
                                (Operation operation) -> operation.method().equals("DELETE"))
                        .thenComparing(Operation::name))
                .toList();
        for (Operation operation : operations) {
            fuzzQuery(operation);
            fuzzBodyFields(operation);
            fuzzWholeBody(operation);
            fuzzPath(operation);
        }
        System.out.printf("HTTP fuzz: seed %d, %d requests, answered %s%n", SEED, sent, statuses);
        assertThat(failures.stream().limit(300).toList())
                .as("seed %d, %d requests, %d failures", SEED, sent, failures.size())
                .isEmpty();
        assertThat(sent).as("requests sent").isBetween(1_000, 8_000);
    }

    private void fuzzQuery(Operation operation) {
        for (Map<String, Object> parameter : operation.parameters("query")) {
            String name = (String) parameter.get("name");
            HostileValues.knownQueryTexts().forEach(text -> query(operation, name, text));
            qt().withFixedSeed(SEED)
                    .withExamples(EXAMPLES_PER_FIELD)
                    .forAll(HostileValues.queryTexts())
                    .checkAssert(text -> query(operation, name, text));
        }
    }

    private void query(Operation operation, String name, String text) {
        exchange(
                operation,
                "query " + name + "=" + shortened(text),
                path(operation, ids) + "?" + name + "=" + text,
                baseBody(operation));
    }

    private void fuzzBodyFields(Operation operation) {
        Optional<Map<String, Object>> schema = operation.jsonBodySchema();
        if (schema.isEmpty()) {
            return;
        }
        Map<String, Object> base =
                baseBody(operation).map(body -> (Map<String, Object>) body).orElseGet(LinkedHashMap::new);
        for (List<Object> field : fields(document.resolved(schema.get()), base)) {
            HostileValues.known().forEach(value -> field(operation, base, field, value));
            qt().withFixedSeed(SEED)
                    .withExamples(EXAMPLES_PER_FIELD)
                    .forAll(HostileValues.values())
                    .checkAssert(value -> field(operation, base, field, value));
        }
    }

    private void field(Operation operation, Map<String, Object> base, List<Object> field, Raw value) {
        exchange(
                operation,
                "body " + field + " = " + value,
                path(operation, ids),
                Optional.of(replaced(base, field, value)));
    }

    private void fuzzWholeBody(Operation operation) {
        if (operation.jsonBodySchema().isEmpty()) {
            return;
        }
        HostileValues.known()
                .forEach(value -> exchange(operation, "body = " + value, path(operation, ids), Optional.of(value)));
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES_PER_BODY)
                .forAll(HostileValues.values())
                .checkAssert(value -> exchange(operation, "body = " + value, path(operation, ids), Optional.of(value)));
        for (String malformed :
                List.of("{", "{\"a\":}", "[1,]", "\u0000", "{\"email\":\"x\" \"name\":1}", "{\"a\":1}{")) {
            exchange(operation, "malformed body " + malformed, path(operation, ids), Optional.of(new Raw(malformed)));
        }
    }

    private void fuzzPath(Operation operation) {
        if (!PATH_PARAMETER.matcher(operation.path()).find()) {
            return;
        }
        for (String hostile :
                List.of("nobody", "%00", "%ED%A0%80", "x".repeat(1_000), "..%2F..%2Fetc", "%7B%7Bname%7D%7D")) {
            Map<String, String> unknown = new LinkedHashMap<>();
            ids.keySet().forEach(key -> unknown.put(key, hostile));
            exchange(operation, "path " + shortened(hostile), path(operation, unknown), baseBody(operation));
        }
    }

    private void exchange(Operation operation, String what, String target, Optional<Object> body) {
        String contentType = operation.bodyType().orElse("application/json");
        String text = body.map(HostileValues::json).orElse(null);
        if (operation
                .bodyType()
                .filter(type -> !type.equals("application/json"))
                .isPresent()) {
            text = contentType.startsWith("multipart") ? null : "email\nfuzz-upload@example.com\n";
        }
        Answer answer = http.send(
                operation.method(), target, contentType, operation.bodyType().isPresent() ? text : null);
        sent++;
        statuses.merge(answer.status(), 1, Integer::sum);
        String where = operation.name() + " with " + what;
        if (answer.status() >= 500) {
            failures.add(where + ": " + answer.status() + " " + shortened(answer.body()));
        } else if (answer.status() >= 400 && !answer.isProblem()) {
            failures.add(where + ": a " + answer.status() + " that is not Problem Details but " + answer.contentType());
        }
        if (answer.took().compareTo(TIME_BOUND) > 0) {
            failures.add(where + ": answered in " + answer.took());
        }
        INTERNALS.stream()
                .filter(answer.body()::contains)
                .forEach(internal -> failures.add(where + ": the answer names " + internal));
        checkShape(operation, where, answer);
        if (sent % PROBE_EVERY == 0) {
            probe(where);
        }
    }

    private void checkShape(Operation operation, String where, Answer answer) {
        if (!answer.contentType().contains("json") || answer.body().isEmpty()) {
            return;
        }
        Optional<Map<String, Object>> schema = answer.isProblem()
                ? Optional.of(Map.of("$ref", "#/components/schemas/ProblemDetails"))
                : operation.answerSchema(answer.status());
        schema.ifPresent(declared -> document.mismatches(declared, parsed(answer.body()))
                .forEach(mismatch -> failures.add(where + ": " + mismatch)));
    }

    private void probe(String after) {
        Answer probe = http.get("/api/customers?size=1");
        if (probe.status() != 200 || probe.took().compareTo(TIME_BOUND) > 0) {
            failures.add("the probe after " + after + " got " + probe.status() + " in " + probe.took());
        }
    }

    /** The documented example, with the ids of this test's customer and segment, or nothing for an operation without a body. */
    private Optional<Object> baseBody(Operation operation) {
        return operation.jsonBodySchema().map(schema -> {
            Object example = document.resolved(schema).get("example");
            Map<String, Object> base = example instanceof Map<?, ?> given
                    ? new LinkedHashMap<>((Map<String, Object>) given)
                    : new LinkedHashMap<>();
            base.replaceAll((key, value) -> ids.containsKey(key) && value instanceof String ? ids.get(key) : value);
            base.remove("scheduledAt");
            return base;
        });
    }

    /** The paths of the body's fields: every property the schema declares, and the fields of objects in the example's lists. */
    private List<List<Object>> fields(Map<String, Object> schema, Map<String, Object> base) {
        Set<List<Object>> fields = new LinkedHashSet<>();
        ((Map<String, Object>) schema.getOrDefault("properties", Map.of()))
                .keySet()
                .forEach(name -> fields.add(List.of(name)));
        base.forEach((name, value) -> {
            fields.add(List.of(name));
            if (value instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof Map<?, ?> item) {
                item.keySet().forEach(inner -> fields.add(List.of(name, 0, inner)));
                fields.add(List.of(name, 0));
            }
        });
        return List.copyOf(fields);
    }

    private static Object replaced(Object base, List<Object> field, Raw value) {
        if (field.isEmpty()) {
            return value;
        }
        Object step = field.get(0);
        if (base instanceof Map<?, ?> object) {
            Map<Object, Object> copy = new LinkedHashMap<>(object);
            copy.put(step, replaced(object.get(step), field.subList(1, field.size()), value));
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<Object>) base);
        copy.set((Integer) step, replaced(copy.get((Integer) step), field.subList(1, field.size()), value));
        return copy;
    }

    private static String path(Operation operation, Map<String, String> values) {
        Matcher parameter = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String value = values.getOrDefault(
                    name,
                    values.get(
                            operation.path().startsWith("/api/customers")
                                    ? "customerId"
                                    : operation.path().startsWith("/api/segment-rules")
                                            ? "segmentId"
                                            : operation.path().startsWith("/api/orders") ? "orderId" : "campaignId"));
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return parameter.appendTail(path).toString();
    }

    private Object parsed(String body) {
        try {
            return json.readValue(body, Argument.OBJECT_ARGUMENT);
        } catch (IOException unreadable) {
            return "unreadable JSON: " + shortened(body);
        }
    }

    private String idOf(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        try {
            return (String) json.readValue(answer.body(), Argument.mapOf(String.class, Object.class))
                    .get("id");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String shortened(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
