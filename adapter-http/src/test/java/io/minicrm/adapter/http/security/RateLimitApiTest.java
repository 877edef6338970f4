package io.minicrm.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "crm.rate-limit.per-minute", value = "3")
class RateLimitApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private HttpResponse<?> preview() {
        try {
            return http.toBlocking()
                    .exchange(
                            HttpRequest.POST("/api/segment-rules/preview", Map.of("rule", "total_spend > 1")),
                            Argument.STRING);
        } catch (HttpClientResponseException refused) {
            return refused.getResponse();
        }
    }

    @Test
    void past_its_budget_a_principal_gets_429_with_retry_after_on_costly_routes_only() {
        for (int i = 0; i < 3; i++) {
            assertThat(preview().code()).isEqualTo(200);
        }
        HttpResponse<?> refused = preview();

        assertThat(refused.code()).isEqualTo(429);
        assertThat(refused.getHeaders().get("Retry-After")).isNotNull().matches("[1-9][0-9]*");
        assertThat(http.toBlocking().exchange("/api/customers").code()).isEqualTo(200);
    }
}
