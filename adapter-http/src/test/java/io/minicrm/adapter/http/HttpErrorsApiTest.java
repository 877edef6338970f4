package io.minicrm.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.application.port.in.Imports;
import io.minicrm.application.port.shared.ImportFile;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.application.port.shared.StartedImport;
import io.minicrm.domain.workspace.WorkspaceId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@MicronautTest
@Property(name = "micronaut.serde.deserialization.ignore-unknown", value = "false")
class HttpErrorsApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private ProblemDetails problemOf(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request, String.class));
        assertThat(refused.getResponse().getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(ProblemDetails.MEDIA_TYPE));
        return refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
    }

    private static HttpRequest<String> postJson(String json) {
        return HttpRequest.POST("/api/customers", json).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Test
    void malformed_json_is_invalid_and_says_where_it_breaks() {
        ProblemDetails problem = problemOf(postJson("{\"email\": "));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:minicrm:problem:invalid");
        assertThat(problem.detail())
                .isEqualTo(
                        "the body is not well-formed JSON: Unexpected end-of-input within/between Object entries (line 1, column 11)");
    }

    @Test
    void an_unknown_property_is_invalid_and_named() {
        ProblemDetails problem = problemOf(postJson("{\"email\": \"unknown@example.com\", \"nickname\": \"Al\"}"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations()).containsExactly(new ProblemDetails.Violation("nickname", "no such property"));
    }

    @Test
    void a_value_of_the_wrong_type_is_invalid_and_named_with_its_path() {
        assertThat(problemOf(postJson("{\"email\": \"typed@example.com\", \"tags\": 5}"))
                        .violations())
                .containsExactly(new ProblemDetails.Violation("tags", "expected a list, not a whole number"));
        assertThat(problemOf(postJson("{\"email\": \"typed@example.com\", \"tags\": [{}]}"))
                        .violations())
                .containsExactly(new ProblemDetails.Violation("tags[0]", "expected text, not an object"));
    }

    @Test
    void an_unmatched_route_is_not_found() {
        ProblemDetails problem = problemOf(HttpRequest.GET("/api/nothing-here"));

        assertThat(problem)
                .isEqualTo(new ProblemDetails(
                        "urn:minicrm:problem:not-found", "Not Found", 404, "nothing is at /api/nothing-here", null));
    }

    @Test
    void a_method_the_route_does_not_take_is_not_allowed() {
        ProblemDetails problem = problemOf(HttpRequest.PATCH("/api/customers", Map.of()));

        assertThat(problem.status()).isEqualTo(405);
        assertThat(problem.type()).isEqualTo("urn:minicrm:problem:method-not-allowed");
    }

    @Test
    void an_unexpected_failure_is_a_server_error_that_tells_nothing_of_its_cause() {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/imports/any"), String.class));

        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertThat(refused.getResponse().getBody(ProblemDetails.class))
                .contains(new ProblemDetails(
                        "urn:minicrm:problem:server-error",
                        "Internal Server Error",
                        500,
                        ProblemResponses.SERVER_ERROR,
                        null));
        assertThat(body).doesNotContain("secret", "IllegalStateException", "at io.minicrm");
    }

    // A lookup that fails as a bug would, behind a real route.
    @MockBean(Imports.class)
    Imports failingLookup() {
        return new Imports() {
            @Override
            public Flux<ImportJob> run(ImportKind kind, WorkspaceId workspace, InputStream csv) {
                return Flux.error(new IllegalStateException("secret internals"));
            }

            @Override
            public Mono<ImportJob> start(ImportKind kind, WorkspaceId workspace, InputStream csv) {
                return Mono.error(new IllegalStateException("secret internals"));
            }

            @Override
            public Mono<StartedImport> receive(ImportKind kind, WorkspaceId workspace, Mono<ImportFile> file) {
                return Mono.error(new IllegalStateException("secret internals"));
            }

            @Override
            public Mono<ImportJob> job(WorkspaceId workspace, ImportJobId id) {
                return Mono.error(new IllegalStateException("secret internals"));
            }

            @Override
            public Mono<Page<ImportJob>> list(WorkspaceId workspace, PageRequest page) {
                return Mono.error(new IllegalStateException("secret internals"));
            }
        };
    }
}
