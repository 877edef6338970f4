package io.minicrm.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document is generated from the controllers, so it lists every route the server answers, and how each fails. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class OpenApiDocumentTest {

    @Inject
    Router router;

    @Inject
    @Client("/")
    HttpClient http;

    private Map<String, Object> document;

    @BeforeAll
    void read() throws IOException {
        try (InputStream yaml = getClass().getResourceAsStream("/META-INF/swagger/mini-crm.yml")) {
            document = new Yaml().load(yaml);
        }
    }

    @Test
    void the_document_lists_every_api_route() {
        Set<String> documented = operations().stream().map(Operation::name).collect(Collectors.toSet());

        Set<String> served = router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
                // Micronaut answers HEAD wherever it answers GET; the document lists the GET.
                .filter(route -> !"HEAD".equals(route.getHttpMethodName()))
                .map(route -> route.getHttpMethodName() + " "
                        + route.getUriMatchTemplate().toPathString())
                .collect(Collectors.toSet());

        assertThat(served).isNotEmpty();
        assertThat(documented).containsAll(served);
    }

    @Test
    void an_operation_with_an_id_in_its_path_documents_its_404() {
        assertThat(operations())
                .filteredOn(operation -> operation.hasParameterIn("path"))
                .isNotEmpty()
                .allSatisfy(operation ->
                        assertThat(operation.responses()).as(operation.name()).containsKey("404"));
    }

    @Test
    void an_operation_that_takes_a_body_or_query_parameters_documents_its_400() {
        assertThat(operations())
                .filteredOn(operation -> operation.hasParameterIn("query") || operation.body() != null)
                .isNotEmpty()
                .allSatisfy(operation ->
                        assertThat(operation.responses()).as(operation.name()).containsKey("400"));
    }

    @Test
    void every_documented_error_is_problem_details_with_an_example() {
        List<String> errors = new ArrayList<>();
        for (Operation operation : operations()) {
            operation.responses().forEach((status, response) -> {
                if (status.startsWith("4")) {
                    Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) response).get("content");
                    Map<String, Object> problem =
                            content == null ? null : (Map<String, Object>) content.get(ProblemDetails.MEDIA_TYPE);
                    if (problem == null
                            || !String.valueOf(problem.get("schema")).contains("ProblemDetails")
                            || !(problem.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty())) {
                        errors.add(operation.name() + " " + status);
                    }
                }
            });
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void every_json_request_body_has_an_example() {
        Map<String, Map<String, Object>> schemas =
                (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components")).get("schemas");

        assertThat(operations())
                .filteredOn(operation -> operation.jsonBodySchema() != null)
                .isNotEmpty()
                .allSatisfy(operation -> assertThat(schemas.get(operation.jsonBodySchema()))
                        .as(operation.name())
                        .containsKey("example"));
    }

    @Test
    void the_documented_examples_of_a_customer_a_segment_and_a_rule_are_accepted() {
        HttpResponse<?> customer =
                http.toBlocking().exchange(HttpRequest.POST("/api/customers", example("CustomerRequest")));
        HttpResponse<?> segment =
                http.toBlocking().exchange(HttpRequest.POST("/api/segment-rules", example("SegmentRequest")));
        Map<String, Object> validation = http.toBlocking()
                .retrieve(HttpRequest.POST("/api/segment-rules/validate", example("RuleRequest")), Map.class);

        assertThat(customer.code()).isIn(200, 201);
        assertThat(segment.code()).isEqualTo(201);
        assertThat(validation).containsEntry("valid", true);
    }

    private Map<String, Object> example(String schema) {
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        return (Map<String, Object>) ((Map<String, Map<String, Object>>) components.get("schemas"))
                .get(schema)
                .get("example");
    }

    private List<Operation> operations() {
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        return paths.entrySet().stream()
                .flatMap(path -> path.getValue().entrySet().stream()
                        .map(method -> new Operation(
                                method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue())))
                .toList();
    }

    /** One method on one path, as the document describes it. */
    private record Operation(String name, Map<String, Object> definition) {

        Map<String, Object> responses() {
            return (Map<String, Object>) definition.get("responses");
        }

        Map<String, Object> body() {
            return (Map<String, Object>) definition.get("requestBody");
        }

        boolean hasParameterIn(String place) {
            List<Map<String, Object>> parameters =
                    (List<Map<String, Object>>) definition.getOrDefault("parameters", List.of());
            return parameters.stream().anyMatch(parameter -> place.equals(parameter.get("in")));
        }

        /** The name of the schema of a JSON body, or null. */
        String jsonBodySchema() {
            if (body() == null
                    || !(((Map<String, Object>) body().get("content")).get("application/json")
                            instanceof Map<?, ?> json)) {
                return null;
            }
            String reference = String.valueOf(((Map<String, Object>) json.get("schema")).get("$ref"));
            return reference.substring(reference.lastIndexOf('/') + 1);
        }
    }
}
