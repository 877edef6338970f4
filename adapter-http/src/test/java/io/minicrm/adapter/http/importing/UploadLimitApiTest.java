package io.minicrm.adapter.http.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.ProblemDetails;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

@MicronautTest
@Property(name = "micronaut.server.max-request-size", value = "4KB")
@Property(name = "micronaut.server.multipart.max-file-size", value = "4KB")
class UploadLimitApiTest {

    private static final MediaType TEXT_CSV = MediaType.of("text/csv");
    private static final byte[] LARGE_CSV =
            ("email\n" + "someone@example.com\n".repeat(500)).getBytes(StandardCharsets.UTF_8);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private void assertNothingStored() {
        assertThat(http.toBlocking().retrieve("/api/customers")).contains("\"total\":0");
    }

    private ProblemDetails problemOf(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request, ImportJobResponse.class));
        assertThat(refused.getResponse().getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(ProblemDetails.MEDIA_TYPE));
        return refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
    }

    @Test
    void a_csv_body_over_the_limit_is_too_large() {
        ProblemDetails problem =
                problemOf(HttpRequest.POST("/api/upload/customers", LARGE_CSV).contentType(TEXT_CSV));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.type()).isEqualTo("urn:minicrm:problem:too-large");
        assertNothingStored();
    }

    @Test
    void a_streamed_csv_body_is_cut_off_once_it_passes_the_limit() {
        Flux<byte[]> chunks = Flux.range(0, 50)
                .map(chunk -> ("email\n" + "streamed@example.com\n".repeat(10)).getBytes(StandardCharsets.UTF_8));

        ProblemDetails problem =
                problemOf(HttpRequest.POST("/api/upload/customers", chunks).contentType(TEXT_CSV));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.type()).isEqualTo("urn:minicrm:problem:too-large");
        assertNothingStored();
    }

    @Test
    void without_waiting_a_streamed_body_is_answered_at_once_and_once_past_the_limit_its_job_fails_storing_nothing() {
        String location;
        try (ChunkedUpload upload =
                new ChunkedUpload(server.getURL(), "/api/upload/customers?wait=false", "text/csv")) {
            ChunkedUpload.Answer accepted = upload.send("email\n").answer();
            location = accepted.headers().get("location");
            assertThat(accepted.status()).isEqualTo(202);
            for (int chunk = 0; chunk < 30; chunk++) {
                upload.send("streamed@example.com\n".repeat(10));
            }
            upload.finish();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        ImportJobResponse job = http.toBlocking().retrieve(location, ImportJobResponse.class);
        while (job.status().equals("RUNNING") && System.nanoTime() < deadline) {
            job = http.toBlocking().retrieve(location, ImportJobResponse.class);
        }

        assertThat(job.status()).isEqualTo("FAILED");
        assertThat(job.failure())
                .isEqualTo("the upload is larger than the 4,096 bytes this service takes (CRM_MAX_UPLOAD_SIZE);"
                        + " nothing was stored");
        assertNothingStored();
    }

    @Test
    void without_waiting_an_upload_over_the_limit_is_too_large_all_the_same() {
        String jobsBefore = http.toBlocking().retrieve("/api/imports");

        ProblemDetails problem = problemOf(
                HttpRequest.POST("/api/upload/customers?wait=false", LARGE_CSV).contentType(TEXT_CSV));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(http.toBlocking().retrieve("/api/imports"))
                .as("refused before any job exists")
                .isEqualTo(jobsBefore);
    }

    @Test
    void a_form_file_over_the_limit_is_too_large() {
        MultipartBody form = MultipartBody.builder()
                .addPart("file", "customers.csv", TEXT_CSV, LARGE_CSV)
                .build();

        ProblemDetails problem = problemOf(
                HttpRequest.POST("/api/upload/customers", form).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.type()).isEqualTo("urn:minicrm:problem:too-large");
    }
}
