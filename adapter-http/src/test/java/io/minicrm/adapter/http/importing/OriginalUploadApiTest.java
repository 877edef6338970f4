package io.minicrm.adapter.http.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.customer.CustomerResponse;
import io.minicrm.adapter.http.order.OrderResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** CSV files laid out as the original system's clients upload them, as a multipart {@code file} part. */
@MicronautTest
class OriginalUploadApiTest {

    private static final MediaType TEXT_CSV = MediaType.of("text/csv");

    @Inject
    @Client("/")
    HttpClient http;

    private ImportJobResponse upload(String uri, String csv) {
        MultipartBody form = MultipartBody.builder()
                .addPart("file", "upload.csv", TEXT_CSV, csv.getBytes(StandardCharsets.UTF_8))
                .build();
        return http.toBlocking()
                .retrieve(
                        HttpRequest.POST(uri, form).contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                        ImportJobResponse.class);
    }

    @Test
    void a_customer_file_with_a_location_column_fills_the_city() {
        ImportJobResponse job = upload("/api/upload/customers", """
                name,email,phone,location
                Priya Verma,priya.verma@example.com,9123456780,Mumbai
                Rahul Nair,rahul.nair@example.com,9988776655,Bangalore
                """);

        assertThat(job.report().created()).isEqualTo(2);
        assertThat(job.report().ignoredColumns()).isEmpty();
        assertThat(http.toBlocking().retrieve("/api/customers?search=priya.verma", String.class))
                .contains("\"city\":\"Mumbai\"");
    }

    @Test
    void an_order_file_with_the_original_columns_is_imported() {
        upload("/api/upload/customers", "name,email\nSneha Kapoor,sneha.kapoor@example.com\n");

        ImportJobResponse job = upload("/api/upload/orders", """
                order_external_id,customer_identifier,items_description,total_amount,order_date
                ORD-1,sneha.kapoor@example.com,Two shirts,2400,2026-03-05T11:00:00Z
                ORD-2,sneha.kapoor@example.com,A scarf,600.50,2026-03-06T12:00:00Z
                """);

        assertThat(job.status()).isEqualTo("COMPLETED");
        assertThat(job.report().created()).isEqualTo(2);
        assertThat(job.report().rejected()).isZero();
        assertThat(job.report().ignoredColumns()).containsExactly("items_description");
        PageResponse<OrderResponse> orders = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/orders?size=500"), Argument.of(PageResponse.class, OrderResponse.class));
        assertThat(orders.items())
                .filteredOn(order -> "ORD-1".equals(order.externalRef()))
                .singleElement()
                .satisfies(order -> assertThat(order.placedAt()).isEqualTo(Instant.parse("2026-03-05T11:00:00Z")));
        PageResponse<CustomerResponse> found = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/customers?search=sneha.kapoor"),
                        Argument.of(PageResponse.class, CustomerResponse.class));
        CustomerResponse sneha = found.items().getFirst();
        assertThat(sneha.orderCount()).isEqualTo(2);
        assertThat(sneha.totalSpend()).isEqualByComparingTo("3000.50");
    }
}
