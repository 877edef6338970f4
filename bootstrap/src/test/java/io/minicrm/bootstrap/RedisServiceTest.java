package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minicrm.adapter.redis.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisServiceTest {

    private static RedisServer redis;

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @Test
    void with_redis_events_and_cache_the_service_reports_redis_on_health_and_counts_events() {
        try (EmbeddedServer server = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "micronaut.server.port",
                                -1,
                                "crm.events",
                                "redis",
                                "crm.cache",
                                "redis",
                                "crm.redis.url",
                                redis.url(),
                                "crm.redis.monitor",
                                "true"));
                HttpClient http = HttpClient.create(server.getURL())) {
            http.toBlocking().exchange(HttpRequest.POST("/api/customers", Map.of("email", "asha@example.com")));

            assertThat(http.toBlocking().retrieve("/health"))
                    .contains("\"redis\":{\"name\":\"mini-crm\",\"status\":\"UP\"")
                    .contains(redis.url().replace("redis://", "") + "/0");
            assertThat(http.toBlocking().retrieve("/api/insights/dashboard")).contains("\"customers\":1");
            assertThat(http.toBlocking().retrieve("/prometheus"))
                    .contains("crm_events_published_total", "crm_events_dropped_total");
        }
    }

    @Test
    void health_says_redis_is_down_while_requests_still_succeed() throws Exception {
        try (RedisServer doomed = RedisServer.start();
                EmbeddedServer server = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "micronaut.server.port",
                                -1,
                                "crm.events",
                                "redis",
                                "crm.cache",
                                "redis",
                                "crm.redis.url",
                                doomed.url()));
                HttpClient http = HttpClient.create(server.getURL())) {
            doomed.kill();

            assertThat(http.toBlocking()
                            .exchange(HttpRequest.POST("/api/customers", Map.of("email", "ravi@example.com")))
                            .code())
                    .isEqualTo(201);
            HttpClientResponseException down = catchThrowableOfType(
                    HttpClientResponseException.class, () -> http.toBlocking().retrieve("/health"));
            assertThat(down.getStatus().getCode()).isEqualTo(503);
            assertThat(down.getResponse().getBody(String.class).orElseThrow()).contains("\"status\":\"DOWN\"");
        }
    }

    @Test
    void refuses_to_start_on_redis_without_a_url_saying_which_variable_is_missing() {
        assertThatThrownBy(() ->
                        ApplicationContext.run(Map.of("crm.events", "redis")).close())
                .hasStackTraceContaining("CRM_REDIS_URL is required when CRM_EVENTS or CRM_CACHE is redis");
    }

    @Test
    void refuses_to_start_on_a_malformed_redis_url_without_echoing_its_password() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("crm.cache", "redis", "crm.redis.url", "http://:pw@x"))
                        .close())
                .hasStackTraceContaining("CRM_REDIS_URL: a Redis URL is redis://")
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("pw"));
    }
}
