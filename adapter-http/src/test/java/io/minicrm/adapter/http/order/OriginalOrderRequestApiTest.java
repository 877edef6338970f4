package io.minicrm.adapter.http.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.ProblemDetails.Violation;
import io.minicrm.adapter.http.customer.CustomerResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Orders sent the way the original system's clients send them: {@code customerId, amount, externalId, orderDate}. */
@MicronautTest
class OriginalOrderRequestApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private String customer(String email) {
        return http.toBlocking()
                .retrieve(HttpRequest.POST("/api/customers", Map.of("email", email)), CustomerResponse.class)
                .id();
    }

    private ProblemDetails problemOf(Map<String, Object> body) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/orders", body), String.class));
        return refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
    }

    @Test
    void an_externalId_is_the_external_reference_and_an_orderDate_the_time_it_was_placed() {
        String customerId = customer("original.buyer@example.com");

        HttpResponse<OrderResponse> recorded = http.toBlocking()
                .exchange(
                        HttpRequest.POST(
                                "/api/orders",
                                Map.of(
                                        "customerId",
                                        customerId,
                                        "amount",
                                        1499,
                                        "externalId",
                                        "ORD-77",
                                        "orderDate",
                                        "2026-02-14T18:30:00.000Z")),
                        OrderResponse.class);

        assertThat(recorded.code()).isEqualTo(201);
        assertThat(recorded.body().externalRef()).isEqualTo("ORD-77");
        assertThat(recorded.body().placedAt()).isEqualTo(Instant.parse("2026-02-14T18:30:00Z"));
        assertThat(recorded.body().amount()).isEqualByComparingTo(new BigDecimal("1499"));
    }

    @Test
    void a_malformed_orderDate_is_refused_under_its_own_name() {
        String customerId = customer("bad.date@example.com");

        assertThat(problemOf(Map.of("customerId", customerId, "amount", 10, "orderDate", "yesterday"))
                        .violations())
                .extracting(Violation::path)
                .containsExactly("orderDate");
    }

    @Test
    void aliases_that_differ_from_the_names_they_stand_for_are_refused_naming_both() {
        String customerId = customer("two.refs@example.com");

        assertThat(problemOf(Map.of(
                                "customerId",
                                customerId,
                                "amount",
                                10,
                                "externalRef",
                                "A",
                                "externalId",
                                "B",
                                "placedAt",
                                "2026-01-01T00:00:00Z",
                                "orderDate",
                                "2026-01-02T00:00:00Z"))
                        .violations())
                .containsExactly(
                        new Violation(
                                "externalId",
                                "externalId is another name for externalRef, and the two differ ('B' and 'A'): give one of them"),
                        new Violation(
                                "orderDate",
                                "orderDate is another name for placedAt, and the two differ "
                                        + "('2026-01-02T00:00:00Z' and '2026-01-01T00:00:00Z'): give one of them"));
    }
}
