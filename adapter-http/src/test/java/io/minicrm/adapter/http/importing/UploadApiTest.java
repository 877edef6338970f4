package io.minicrm.adapter.http.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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

@MicronautTest
class UploadApiTest {

    private static final MediaType TEXT_CSV = MediaType.of("text/csv");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private HttpResponse<ImportJobResponse> upload(String uri, String csv) {
        return http.toBlocking()
                .exchange(
                        HttpRequest.POST(uri, csv.getBytes(StandardCharsets.UTF_8))
                                .contentType(TEXT_CSV),
                        ImportJobResponse.class);
    }

    private HttpResponse<ImportJobResponse> uploadForm(String uri, String csv) {
        MultipartBody form = MultipartBody.builder()
                .addPart("file", "orders.csv", TEXT_CSV, csv.getBytes(StandardCharsets.UTF_8))
                .build();
        return http.toBlocking()
                .exchange(
                        HttpRequest.POST(uri, form).contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
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
        assertThat(job.report())
                .isEqualTo(new ImportJobResponse.Report(
                        4,
                        1,
                        1,
                        0,
                        2,
                        List.of("favourite_colour"),
                        List.of(
                                new ImportJobResponse.Rejection(
                                        3, "email", "'not-an-address' is not an e-mail address"),
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
        assertThat(response.body().report())
                .isEqualTo(new ImportJobResponse.Report(
                        4,
                        1,
                        0,
                        1,
                        2,
                        List.of(),
                        List.of(
                                new ImportJobResponse.Rejection(
                                        3,
                                        "customer_email",
                                        "no customer has the e-mail stranger@example.com in this workspace; import the customers first"),
                                new ImportJobResponse.Rejection(4, "amount", "'lots' is not a number"))));
    }

    @Test
    void a_file_without_a_required_column_is_a_problem_naming_it() {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> upload("/api/upload/customers", "name,city\nNo Mail,Pune\n"));

        ProblemDetails problem =
                refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations())
                .containsExactly(new ProblemDetails.Violation(
                        "email", "the file has no such column (accepted names: email, e-mail, email_address, mail)"));
    }

    @Test
    void without_waiting_the_job_is_answered_as_soon_as_the_upload_starts_and_completes_with_every_row() {
        ChunkedUpload.Answer accepted;
        try (ChunkedUpload upload =
                new ChunkedUpload(server.getURL(), "/api/upload/customers?wait=false", "text/csv")) {
            accepted = upload.send("email\n").answer();
            for (int chunk = 0; chunk < 25; chunk++) {
                int at = chunk;
                upload.send(IntStream.range(0, 100)
                        .mapToObj(row -> "later-" + at + "-" + row + "@example.com\n")
                        .collect(Collectors.joining()));
            }
            upload.finish();
            ImportJobResponse finished = awaitFinished(accepted.headers().get("location"));

            assertThat(accepted.status()).isEqualTo(HttpStatus.ACCEPTED.getCode());
            assertThat(accepted.body()).contains("\"status\":\"RUNNING\"");
            assertThat(accepted.headers().get("location")).startsWith("/api/imports/");
            assertThat(finished.status()).isEqualTo("COMPLETED");
            assertThat(finished.report())
                    .isEqualTo(new ImportJobResponse.Report(2_500, 2_500, 0, 0, 0, List.of(), List.of()));
        }
    }

    @Test
    void an_upload_whose_sender_goes_away_fails_its_job_and_stores_nothing() {
        String location;
        try (ChunkedUpload upload =
                new ChunkedUpload(server.getURL(), "/api/upload/customers?wait=false", "text/csv")) {
            location = upload.send("email\ngone-1@example.com\n")
                    .answer()
                    .headers()
                    .get("location");
            upload.send("gone-2@example.com\n");
        }

        ImportJobResponse failed = awaitFinished(location);

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failure()).isEqualTo("the upload broke off before its end; nothing was stored");
        assertThat(http.toBlocking().retrieve("/api/customers?search=gone-")).contains("\"total\":0");
    }

    @Test
    void a_file_past_a_csv_limit_is_refused_naming_its_line_column_and_the_limit() {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> upload(
                        "/api/upload/customers",
                        "email,name\nlimit-1@example.com,Ada\nlimit-2@example.com," + "n".repeat(10_001) + "\n"));

        ProblemDetails problem =
                refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations())
                .containsExactly(
                        new ProblemDetails.Violation("line 3, column name", "a cell holds at most 10,000 characters"));
        assertThat(http.toBlocking().retrieve("/api/customers?search=limit-")).contains("\"total\":0");
    }

    @Test
    void the_job_of_a_refused_file_names_the_line_and_column_of_the_failure() {
        HttpResponse<ImportJobResponse> accepted =
                upload("/api/upload/customers?wait=false", "email,name\nq@example.com,\"Ada\" L\n");

        ImportJobResponse failed = awaitFinished(accepted.header("Location"));

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failureLine()).isEqualTo(2);
        assertThat(failed.failureColumn()).isEqualTo("name");
        assertThat(failed.failure()).startsWith("line 2, column name: a quoted cell ends at its closing quote");
    }

    @Test
    void a_latin_1_file_sent_as_utf_8_is_refused_at_the_line_of_its_first_bad_byte() {
        byte[] latin1 = "email,name\njose@example.com,José Müller\n".getBytes(StandardCharsets.ISO_8859_1);

        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking()
                        .exchange(
                                HttpRequest.POST("/api/upload/customers", latin1)
                                        .contentType(TEXT_CSV),
                                ImportJobResponse.class));

        ProblemDetails.Violation violation = refused.getResponse()
                .getBody(ProblemDetails.class)
                .orElseThrow()
                .violations()
                .getFirst();
        assertThat(violation.path()).isEqualTo("line 2, column name");
        assertThat(violation.message())
                .startsWith("the byte E9 is not UTF-8 text; save the file as UTF-8, or name the charset");
    }

    @Test
    void a_latin_1_file_named_so_in_the_query_keeps_its_accents() {
        byte[] latin1 = "email,name\njose.query@example.com,José Müller\n".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<ImportJobResponse> response = http.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/upload/customers?charset=ISO-8859-1", latin1)
                                .contentType(TEXT_CSV),
                        ImportJobResponse.class);

        assertThat(response.body().report().created()).isEqualTo(1);
        assertThat(http.toBlocking().retrieve("/api/customers?search=jose.query"))
                .contains("José Müller");
    }

    @Test
    void a_latin_1_file_whose_content_type_names_its_charset_keeps_its_accents() {
        byte[] latin1 = "email,name\njose.type@example.com,José Müller\n".getBytes(StandardCharsets.ISO_8859_1);

        http.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/upload/customers", latin1)
                                .header("Content-Type", "text/csv; charset=ISO-8859-1"),
                        ImportJobResponse.class);

        assertThat(http.toBlocking().retrieve("/api/customers?search=jose.type"))
                .contains("José Müller");
    }

    @Test
    void an_unknown_charset_or_wait_flag_is_refused_naming_its_parameter_and_nothing_is_imported() {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> upload("/api/upload/orders?wait=maybe&charset=klingon", "order_id,customer_email,amount\n"));

        assertThat(refused.getResponse()
                        .getBody(ProblemDetails.class)
                        .orElseThrow()
                        .violations())
                .containsExactly(
                        new ProblemDetails.Violation("wait", "choose one of true, false, not 'maybe'"),
                        new ProblemDetails.Violation(
                                "charset",
                                "'klingon' is not a charset this service knows; name one such as UTF-8,"
                                        + " ISO-8859-1 or windows-1252"));
    }

    @Test
    void imports_are_listed_newest_first_a_page_at_a_time() {
        String first = upload("/api/upload/customers?wait=false", "email\nlisted-1@example.com\n")
                .body()
                .id();
        String second = upload("/api/upload/customers?wait=false", "email\nlisted-2@example.com\n")
                .body()
                .id();

        String listed = http.toBlocking().retrieve("/api/imports?size=2");

        assertThat(listed)
                .startsWith("{\"items\":[{\"id\":\"" + second + "\"")
                .contains("{\"id\":\"" + first + "\"")
                .contains("\"page\":0,\"size\":2,\"total\":");
    }

    @Test
    void a_listing_page_out_of_range_is_refused_naming_it() {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().retrieve("/api/imports?size=0"));

        assertThat(refused.getResponse()
                        .getBody(ProblemDetails.class)
                        .orElseThrow()
                        .violations())
                .extracting(ProblemDetails.Violation::path)
                .containsExactly("size");
    }

    @Test
    void an_unknown_import_job_is_not_found() {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/api/imports/nothing-here", ImportJobResponse.class));

        assertThat(refused.getResponse()
                        .getBody(ProblemDetails.class)
                        .orElseThrow()
                        .detail())
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
