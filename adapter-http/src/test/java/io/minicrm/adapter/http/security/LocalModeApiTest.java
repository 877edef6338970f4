package io.minicrm.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.identity.MeResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class LocalModeApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, Argument.STRING).code();
        } catch (HttpClientResponseException refused) {
            return refused.code();
        }
    }

    private MutableHttpRequest<Map<String, String>> newCustomer(String email) {
        return HttpRequest.POST("/api/customers", Map.of("email", email));
    }

    @Test
    void without_an_identity_provider_every_request_is_the_local_owner_of_the_default_workspace() {
        MeResponse me = http.toBlocking().retrieve("/api/me", MeResponse.class);

        assertThat(me.workspace()).isEqualTo("default");
        assertThat(me.role()).isEqualTo("owner");
        assertThat(me.principal()).isEqualTo("user:local");
    }

    @Test
    void a_cross_site_form_post_is_refused_and_a_same_site_one_is_not() {
        String self = "http://localhost:" + server.getPort();

        assertThat(status(newCustomer("cross@example.com").header("Origin", "https://evil.example")))
                .isEqualTo(403);
        assertThat(status(newCustomer("cross-ref@example.com").header("Referer", "https://evil.example/page")))
                .isEqualTo(403);
        assertThat(status(newCustomer("same@example.com").header("Origin", self)))
                .isEqualTo(201);
    }

    /** Micronaut's CORS filter refuses another site's requests to a localhost server, reads included. */
    @Test
    void a_cross_site_read_is_refused_too() {
        assertThat(status(HttpRequest.GET("/api/customers").header("Origin", "https://evil.example")))
                .isEqualTo(403);
    }

    @Test
    void a_request_addressed_to_another_host_is_refused_as_dns_rebinding() throws IOException {
        assertThat(rawStatus("evil.example:" + server.getPort())).isEqualTo(403);
        assertThat(rawStatus("localhost:" + server.getPort())).isEqualTo(200);
        assertThat(rawStatus("127.0.0.1:" + server.getPort())).isEqualTo(200);
    }

    /** The JDK's and Micronaut's clients set Host themselves; a socket sends what a rebound page's browser would. */
    private int rawStatus(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/me HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    @Test
    void every_answer_carries_the_security_headers() {
        HttpResponse<String> answer = http.toBlocking().exchange("/api/me", String.class);

        assertThat(answer.getHeaders().get("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(answer.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.getHeaders().get("Referrer-Policy")).isEqualTo("same-origin");
    }
}
