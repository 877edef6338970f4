package io.minicrm.adapter.http.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.customer.CustomerResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class CustomerOrdersApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private String customer(String email) {
        return http.toBlocking()
                .retrieve(HttpRequest.POST("/api/customers", Map.of("email", email)), CustomerResponse.class)
                .id();
    }

    private void order(String customerId, int amount, String placedAt) {
        http.toBlocking()
                .exchange(HttpRequest.POST(
                        "/api/orders", Map.of("customerId", customerId, "amount", amount, "placedAt", placedAt)));
    }

    private PageResponse<OrderResponse> ordersOf(String customerId, String query) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/customers/" + customerId + "/orders" + query),
                        Argument.of(PageResponse.class, OrderResponse.class));
    }

    @Test
    void lists_only_the_customers_orders_newest_first() {
        String asha = customer("asha@example.com");
        order(asha, 100, "2026-01-01T00:00:00Z");
        order(asha, 300, "2026-03-01T00:00:00Z");
        order(asha, 200, "2026-02-01T00:00:00Z");
        order(customer("ravi@example.com"), 999, "2026-02-15T00:00:00Z");

        PageResponse<OrderResponse> page = ordersOf(asha, "?page=0&size=2");

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items())
                .extracting(OrderResponse::amount)
                .containsExactly(new BigDecimal("300"), new BigDecimal("200"));
    }

    @Test
    void a_customer_without_orders_has_an_empty_list() {
        PageResponse<OrderResponse> page = ordersOf(customer("new@example.com"), "");

        assertThat(page.total()).isZero();
        assertThat(page.items()).isNullOrEmpty();
    }

    @Test
    void the_orders_of_an_unknown_customer_are_not_found() {
        HttpClientResponseException refused =
                catchThrowableOfType(HttpClientResponseException.class, () -> ordersOf("nobody", ""));

        ProblemDetails problem =
                refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEqualTo("customer 'nobody' was not found");
    }
}
