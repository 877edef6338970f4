package io.minicrm.adapter.http.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "crm.upload.wait", value = "300ms")
class UploadWaitApiTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void a_waiting_upload_that_takes_longer_than_the_wait_allowed_is_answered_202_with_its_job_which_goes_on() {
        try (ChunkedUpload upload = new ChunkedUpload(server.getURL(), "/api/upload/customers?wait=true", "text/csv")) {
            long sent = System.nanoTime();
            ChunkedUpload.Answer answer =
                    upload.send("email\nslow-1@example.com\n").answer();
            Duration waited = Duration.ofNanos(System.nanoTime() - sent);
            upload.send("slow-2@example.com\n").finish();

            assertThat(answer.status()).isEqualTo(HttpStatus.ACCEPTED.getCode());
            assertThat(waited).isBetween(Duration.ofMillis(250), Duration.ofSeconds(5));
            String location = answer.headers().get("location");
            assertThat(answer.body()).contains("\"status\":\"RUNNING\"");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            String job = http.toBlocking().retrieve(location);
            while (job.contains("\"RUNNING\"") && System.nanoTime() < deadline) {
                job = http.toBlocking().retrieve(location);
            }
            assertThat(job).contains("\"status\":\"COMPLETED\"").contains("\"created\":2");
        }
    }
}
