package io.minicrm.adapter.http.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import io.minicrm.adapter.http.customer.CustomerResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class OrderApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private String customer(String email) {
        return http.toBlocking()
                .retrieve(HttpRequest.POST("/api/customers", Map.of("email", email)), CustomerResponse.class)
                .id();
    }

    private HttpResponse<OrderResponse> record(Map<String, Object> body) {
        return http.toBlocking().exchange(HttpRequest.POST("/api/orders", body), OrderResponse.class);
    }

    private static Map<String, Object> order(String customerId, String amount, String placedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId);
        body.put("amount", new BigDecimal(amount));
        body.put("placedAt", placedAt);
        return body;
    }

    private ProblemDetails problemOf(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request, OrderResponse.class));
        assertThat(refused.getResponse().getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(ProblemDetails.MEDIA_TYPE));
        return refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
    }

    @Test
    void recording_an_order_answers_201_and_counts_it_into_its_customer() {
        String customerId = customer("buyer@example.com");
        Map<String, Object> body = order(customerId, "1250.50", "2026-03-01T10:15:30Z");
        body.put("externalRef", "SHOP-1");
        body.put("currency", "inr");
        body.put("items", List.of(Map.of("name", "Kettle", "quantity", 2, "unitPrice", 625.25)));

        HttpResponse<OrderResponse> recorded = record(body);

        assertThat(recorded.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(recorded.body())
                .isEqualTo(new OrderResponse(
                        recorded.body().id(),
                        "SHOP-1",
                        customerId,
                        new BigDecimal("1250.5"),
                        "INR",
                        List.of(new OrderResponse.Item("Kettle", 2, new BigDecimal("625.25"))),
                        Instant.parse("2026-03-01T10:15:30Z")));
        CustomerResponse buyer = http.toBlocking().retrieve("/api/customers/" + customerId, CustomerResponse.class);
        assertThat(buyer.totalSpend()).isEqualByComparingTo("1250.50");
        assertThat(buyer.orderCount()).isEqualTo(1);
        assertThat(http.toBlocking().retrieve("/api/orders/" + recorded.body().id(), OrderResponse.class))
                .isEqualTo(recorded.body());
    }

    @Test
    void an_order_without_currency_or_time_is_in_the_workspace_currency_and_placed_now() {
        Instant before = Instant.now();

        OrderResponse recorded =
                record(order(customer("plain@example.com"), "99", null)).body();

        assertThat(recorded.currency()).isEqualTo("INR");
        assertThat(recorded.items()).isNullOrEmpty();
        assertThat(recorded.placedAt()).isBetween(before, Instant.now());
    }

    @Test
    void a_known_external_reference_is_a_conflict() {
        Map<String, Object> body = order(customer("twice@example.com"), "10", null);
        body.put("externalRef", "SHOP-TWICE");
        record(body);

        ProblemDetails problem = problemOf(HttpRequest.POST("/api/orders", body));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).isEqualTo("an order with external reference 'SHOP-TWICE' already exists");
    }

    @Test
    void malformed_items_and_time_are_problems_naming_each_path() {
        Map<String, Object> body = order(customer("sloppy@example.com"), "10", "yesterday");
        body.put("currency", "INR");
        List<Object> items = new ArrayList<>();
        items.add(Map.of("name", " ", "quantity", 0, "unitPrice", -1));
        items.add(null);
        body.put("items", items);

        assertThat(problemOf(HttpRequest.POST("/api/orders", body)).violations())
                .containsExactly(
                        new ProblemDetails.Violation("items[0].name", "an item needs a name"),
                        new ProblemDetails.Violation("items[0].quantity", "buy at least 1, not 0"),
                        new ProblemDetails.Violation("items[0].unitPrice", "an item needs a unit price of 0 or more"),
                        new ProblemDetails.Violation("items[1]", "an item is {\"name\", \"quantity\", \"unitPrice\"}"),
                        new ProblemDetails.Violation(
                                "placedAt", "'yesterday' is not an ISO-8601 instant such as 2026-01-31T09:30:00Z"));
    }

    @Test
    void items_need_the_order_to_name_a_known_currency() {
        Map<String, Object> body = order(customer("unpriced@example.com"), "10", null);
        body.put("items", List.of(Map.of("name", "Kettle", "quantity", 1, "unitPrice", 10)));

        assertThat(problemOf(HttpRequest.POST("/api/orders", body)).violations())
                .containsExactly(
                        new ProblemDetails.Violation("currency", "items are priced in the order's currency: name it"));
        body.put("currency", "XYZ");
        assertThat(problemOf(HttpRequest.POST("/api/orders", body)).violations())
                .containsExactly(new ProblemDetails.Violation("currency", "'XYZ' is not an ISO 4217 currency code"));
    }

    @Test
    void an_order_for_an_unknown_customer_is_a_problem_naming_the_customer() {
        assertThat(problemOf(HttpRequest.POST("/api/orders", order("nobody", "10", null)))
                        .violations())
                .containsExactly(new ProblemDetails.Violation("customerId", "no customer has the id 'nobody'"));
    }

    @Test
    void an_unknown_order_is_not_found() {
        assertThat(problemOf(HttpRequest.GET("/api/orders/nothing")).detail())
                .isEqualTo("order 'nothing' was not found");
    }

    @Test
    void lists_a_customers_orders_placed_in_a_window_newest_first() {
        String customerId = customer("window@example.com");
        record(order(customerId, "1", "2026-01-01T00:00:00Z"));
        record(order(customerId, "2", "2026-02-01T00:00:00Z"));
        record(order(customerId, "3", "2026-03-01T00:00:00Z"));
        record(order(customerId, "4", "2026-04-01T00:00:00Z"));
        record(order(customer("other@example.com"), "5", "2026-02-15T00:00:00Z"));

        PageResponse<OrderResponse> page = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/orders?customerId=" + customerId
                                + "&from=2026-02-01T00:00:00Z&until=2026-04-01T00:00:00Z&size=1"),
                        Argument.of(PageResponse.class, OrderResponse.class));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(OrderResponse::amount).containsExactly(new BigDecimal("3"));
    }

    @Test
    void malformed_time_bounds_are_problems_naming_each_parameter() {
        assertThat(problemOf(HttpRequest.GET("/api/orders?from=2026-02-30T00:00:00Z&until=soon"))
                        .violations())
                .extracting(ProblemDetails.Violation::path)
                .containsExactly("from", "until");
    }

    @Test
    void an_impossible_page_size_is_a_problem() {
        assertThat(problemOf(HttpRequest.GET("/api/orders?size=501")).violations())
                .extracting(ProblemDetails.Violation::path)
                .containsExactly("size");
    }
}
