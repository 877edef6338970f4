package io.minicrm.adapter.http.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.ProblemDetails;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class CustomerApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private HttpResponse<CustomerResponse> post(Map<String, Object> body) {
        return http.toBlocking().exchange(HttpRequest.POST("/api/customers", body), CustomerResponse.class);
    }

    private ProblemDetails problemOf(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request, CustomerResponse.class));
        assertThat(refused.getResponse().getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(ProblemDetails.MEDIA_TYPE));
        return refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
    }

    @Test
    void posting_a_new_email_creates_and_posting_it_again_updates() {
        HttpResponse<CustomerResponse> created =
                post(Map.of("email", " Asha@Example.com ", "name", "Asha Rao", "tags", List.of("VIP")));
        HttpResponse<CustomerResponse> updated = post(Map.of("email", "asha@example.com", "city", "Pune"));

        assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(created.body().email()).isEqualTo("asha@example.com");
        assertThat(created.body().tags()).containsExactly("vip");
        assertThat(updated.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(updated.body().id()).isEqualTo(created.body().id());
        assertThat(updated.body().city()).isEqualTo("Pune");
        assertThat(http.toBlocking()
                        .retrieve("/api/customers/" + created.body().id(), CustomerResponse.class)
                        .city())
                .isEqualTo("Pune");
    }

    @Test
    void a_bad_email_is_a_problem_naming_the_field() {
        ProblemDetails problem = problemOf(HttpRequest.POST("/api/customers", Map.of("email", "not-an-address")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:minicrm:problem:invalid");
        assertThat(problem.violations())
                .containsExactly(new ProblemDetails.Violation("email", "'not-an-address' is not an e-mail address"));
    }

    @Test
    void an_unknown_customer_is_not_found() {
        ProblemDetails problem = problemOf(HttpRequest.GET("/api/customers/nobody"));

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEqualTo("customer 'nobody' was not found");
    }

    @Test
    void lists_page_by_page_with_the_total() {
        post(Map.of("email", "list-one@example.com", "name", "Listed One"));
        post(Map.of("email", "list-two@example.com", "name", "Listed Two"));

        PageResponse<CustomerResponse> page = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/customers?search=listed&sort=name&order=asc&size=1"),
                        Argument.of(PageResponse.class, CustomerResponse.class));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(CustomerResponse::name).containsExactly("Listed One");
    }

    @Test
    void an_impossible_page_size_is_a_problem() {
        assertThat(problemOf(HttpRequest.GET("/api/customers?size=0")).violations())
                .extracting(ProblemDetails.Violation::path)
                .containsExactly("size");
    }
}
