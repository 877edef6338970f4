package io.minicrm.adapter.http.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
class UploadApiTest {

    private static final MediaType TEXT_CSV = MediaType.of("text/csv");

    @Inject
    @Client("/")
    HttpClient http;

    private HttpResponse<ImportJobResponse> upload(String uri, String csv) {
        return http.toBlocking().exchange(HttpRequest.POST(uri, csv.getBytes(StandardCharsets.UTF_8)).contentType(TEXT_CSV),
                ImportJobResponse.class);
    }

    private HttpResponse<ImportJobResponse> uploadForm(String uri, String csv) {
        MultipartBody form = MultipartBody.builder().addPart("file", "orders.csv", TEXT_CSV, csv.getBytes(StandardCharsets.UTF_8)).build();
        return http.toBlocking().exchange(HttpRequest.POST(uri, form).contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                ImportJobResponse.class);
    }

    @Test
    void a_csv_body_imports_the_good_rows_and_reports_each_bad_one() {
        HttpResponse<ImportJobResponse> response = upload("/api/upload/customers", """
                email,name,city,visits,favourite_colour
                body-one@example.com,Body One,Pune,3,teal
                not-an-address,Bad Address,Delhi,1,red
                body-two@example.com,Body Two,Mumbai,many,blue
                body-one@example.com,Body One,Nagpur,3,teal
                """);

        ImportJobResponse job = response.body();
        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(job.status()).isEqualTo("COMPLETED");
        assertThat(job.kind()).isEqualTo("CUSTOMERS");
        assertThat(job.report()).isEqualTo(new ImportJobResponse.Report(4, 1, 1, 0, 2, List.of("favourite_colour"),
                List.of(new ImportJobResponse.Rejection(3, "email", "'not-an-address' is not an e-mail address"),
                        new ImportJobResponse.Rejection(4, "visits", "'many' is not a whole number"))));
    }

    @Test
    void a_form_upload_imports_orders_and_rejects_those_of_unknown_customers() {
        upload("/api/upload/customers", "email\nform-buyer@example.com\n");

        HttpResponse<ImportJobResponse> response = uploadForm("/api/upload/orders", """
                order_id,customer_email,amount
                F-1,form-buyer@example.com,250.00
                F-2,stranger@example.com,100
                F-3,form-buyer@example.com,lots
                F-1,form-buyer@example.com,250.00
                """);

        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(response.body().kind()).isEqualTo("ORDERS");
        assertThat(response.body().report()).isEqualTo(new ImportJobResponse.Report(4, 1, 0, 1, 2, List.of(), List.of(
                new ImportJobResponse.Rejection(3, "customer_email", "no customer has the e-mail stranger@example.com in this workspace; import the customers first"),
                new ImportJobResponse.Rejection(4, "amount", "'lots' is not a number"))));
    }

    @Test
    void a_file_without_a_required_column_is_a_problem_naming_it() {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
                () -> upload("/api/upload/customers", "name,city\nNo Mail,Pune\n"));

        ProblemDetails problem = refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations()).containsExactly(new ProblemDetails.Violation("email",
                "the file has no such column (accepted names: email, e-mail, email_address, mail)"));
    }

    @Test
    void without_waiting_the_upload_is_answered_with_a_job_that_completes_with_every_row() {
        Flux<byte[]> csv = Flux.concat(Flux.just("email\n"), Flux.range(0, 25).map(chunk -> IntStream.range(0, 100)
                .mapToObj(row -> "later-" + chunk + "-" + row + "@example.com\n").collect(Collectors.joining())))
                .map(text -> text.getBytes(StandardCharsets.UTF_8));

        HttpResponse<ImportJobResponse> accepted = http.toBlocking().exchange(
                HttpRequest.POST("/api/upload/customers?wait=false", csv).contentType(TEXT_CSV), ImportJobResponse.class);

        assertThat(accepted.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        assertThat(accepted.header("Location")).isEqualTo("/api/imports/" + accepted.body().id());
        ImportJobResponse finished = awaitFinished(accepted.header("Location"));
        assertThat(finished.status()).isEqualTo("COMPLETED");
        assertThat(finished.report()).isEqualTo(new ImportJobResponse.Report(2_500, 2_500, 0, 0, 0, List.of(), List.of()));
    }

    @Test
    void imports_are_listed_newest_first_a_page_at_a_time() {
        String first = upload("/api/upload/customers?wait=false", "email\nlisted-1@example.com\n").body().id();
        String second = upload("/api/upload/customers?wait=false", "email\nlisted-2@example.com\n").body().id();

        String listed = http.toBlocking().retrieve("/api/imports?size=2");

        assertThat(listed).startsWith("{\"items\":[{\"id\":\"" + second + "\"").contains("{\"id\":\"" + first + "\"")
                .contains("\"page\":0,\"size\":2,\"total\":");
    }

    @Test
    void a_listing_page_out_of_range_is_refused_naming_it() {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/api/imports?size=0"));

        assertThat(refused.getResponse().getBody(ProblemDetails.class).orElseThrow().violations())
                .extracting(ProblemDetails.Violation::path).containsExactly("size");
    }

    @Test
    void an_unknown_import_job_is_not_found() {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/api/imports/nothing-here", ImportJobResponse.class));

        assertThat(refused.getResponse().getBody(ProblemDetails.class).orElseThrow().detail())
                .isEqualTo("import job 'nothing-here' was not found");
    }

    private ImportJobResponse awaitFinished(String location) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        ImportJobResponse job = http.toBlocking().retrieve(location, ImportJobResponse.class);
        while (job.status().equals("RUNNING") && System.nanoTime() < deadline) {
            job = http.toBlocking().retrieve(location, ImportJobResponse.class);
        }
        return job;
    }
}
