package io.minicrm.adapter.http.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.ProblemDetails;
import jakarta.inject.Inject;
import reactor.core.publisher.Flux;

@MicronautTest
@Property(name = "micronaut.server.max-request-size", value = "4KB")
@Property(name = "micronaut.server.multipart.max-file-size", value = "4KB")
class UploadLimitApiTest {

    private static final MediaType TEXT_CSV = MediaType.of("text/csv");
    private static final byte[] LARGE_CSV = ("email\n" + "someone@example.com\n".repeat(500)).getBytes(StandardCharsets.UTF_8);

    @Inject
    @Client("/")
    HttpClient http;

    private ProblemDetails problemOf(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request, ImportJobResponse.class));
        assertThat(refused.getResponse().getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(ProblemDetails.MEDIA_TYPE));
        return refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
    }

    @Test
    void a_csv_body_over_the_limit_is_too_large() {
        ProblemDetails problem = problemOf(HttpRequest.POST("/api/upload/customers", LARGE_CSV).contentType(TEXT_CSV));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.type()).isEqualTo("urn:minicrm:problem:too-large");
    }

    @Test
    void a_streamed_csv_body_is_cut_off_once_it_passes_the_limit() {
        Flux<byte[]> chunks = Flux.range(0, 50).map(chunk -> ("email\n" + "streamed@example.com\n".repeat(10)).getBytes(StandardCharsets.UTF_8));

        ProblemDetails problem = problemOf(HttpRequest.POST("/api/upload/customers", chunks).contentType(TEXT_CSV));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.type()).isEqualTo("urn:minicrm:problem:too-large");
    }

    @Test
    void without_waiting_an_upload_over_the_limit_is_too_large_all_the_same() {
        ProblemDetails problem = problemOf(HttpRequest.POST("/api/upload/customers?wait=false", LARGE_CSV).contentType(TEXT_CSV));

        assertThat(problem.status()).isEqualTo(413);
    }

    @Test
    void a_form_file_over_the_limit_is_too_large() {
        MultipartBody form = MultipartBody.builder().addPart("file", "customers.csv", TEXT_CSV, LARGE_CSV).build();

        ProblemDetails problem = problemOf(HttpRequest.POST("/api/upload/customers", form).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.type()).isEqualTo("urn:minicrm:problem:too-large");
    }
}
