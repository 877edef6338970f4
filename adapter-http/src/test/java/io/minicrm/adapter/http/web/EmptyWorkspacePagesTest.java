package io.minicrm.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// A class of its own: its workspace must stay empty.
@MicronautTest
class EmptyWorkspacePagesTest {

    @Inject
    @Client("/")
    HttpClient http;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/customers        | No customers yet",
                "/customers/new    | Add customer",
                "/customers/import | No imports yet",
                "/orders           | No orders yet",
                "/orders/import    | No imports yet"
            })
    void the_customers_and_orders_pages_render_for_an_empty_workspace(String path, String shown) {
        String page = http.toBlocking().retrieve(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE));

        assertThat(page).contains("<main").contains(shown);
    }
}
