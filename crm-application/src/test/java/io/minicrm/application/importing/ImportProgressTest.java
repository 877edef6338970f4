package io.minicrm.application.importing;

import static io.minicrm.application.importing.ImportFixture.NOW;
import static io.minicrm.application.importing.ImportFixture.SHOP;
import static io.minicrm.application.importing.ImportFixture.utf8;
import static io.minicrm.application.port.shared.ImportStatus.COMPLETED;
import static io.minicrm.application.port.shared.ImportStatus.FAILED;
import static io.minicrm.application.port.shared.ImportStatus.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportReport;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class ImportProgressTest {

    private final ImportFixture shop = new ImportFixture();

    private static GeneratedCsv customers(int rows) {
        return new GeneratedCsv("email,name", rows, row -> "c" + row + "@example.com,Customer " + row);
    }

    @Test
    void the_job_is_saved_and_emitted_when_started_when_the_header_is_read_after_each_batch_and_when_done() {
        List<ImportJob> emitted = new CopyOnWriteArrayList<>();
        List<ImportJob> stored = new CopyOnWriteArrayList<>();

        shop.importer
                .run(ImportKind.CUSTOMERS, SHOP, customers(2_500).stream())
                .doOnNext(job -> {
                    emitted.add(job);
                    stored.add(shop.jobs.findById(SHOP, job.id()).block());
                })
                .blockLast();

        assertThat(emitted)
                .extracting(job -> job.report().rowsRead())
                .containsExactly(0L, 0L, 1_000L, 2_000L, 2_500L, 2_500L);
        assertThat(emitted)
                .extracting(ImportJob::status)
                .containsExactly(RUNNING, RUNNING, RUNNING, RUNNING, RUNNING, COMPLETED);
        assertThat(emitted)
                .extracting(ImportJob::id)
                .containsOnly(emitted.getFirst().id());
        assertThat(stored).isEqualTo(emitted);
        assertThat(emitted.getLast().finishedAt()).contains(NOW);
        assertThat(emitted.getLast().report().created()).isEqualTo(2_500);
    }

    @Test
    void a_file_that_breaks_off_leaves_a_failed_job_that_keeps_the_server_internals_to_itself() {
        InputStream breaksOff = new SequenceInputStream(utf8("email\na@example.com\n"), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset by /10.0.0.7");
            }
        });
        List<ImportJob> emitted = new CopyOnWriteArrayList<>();

        StepVerifier.create(
                        shop.importer.run(ImportKind.CUSTOMERS, SHOP, breaksOff).doOnNext(emitted::add))
                .thenConsumeWhile(job -> true)
                .expectError()
                .verify(Duration.ofSeconds(5));

        ImportJob failed = shop.jobs.findById(SHOP, emitted.getFirst().id()).block();
        assertThat(failed.status()).isEqualTo(FAILED);
        assertThat(failed.failure().map(ImportFailure::describe)).contains("the file could not be read to its end");
    }

    @Test
    void a_refused_file_leaves_a_failed_job_that_says_why() {
        List<ImportJob> emitted = new CopyOnWriteArrayList<>();

        StepVerifier.create(shop.importer
                        .run(ImportKind.CUSTOMERS, SHOP, utf8("name\nAda\n"))
                        .doOnNext(emitted::add))
                .expectNextMatches(job -> job.status() == RUNNING)
                .expectError(CrmException.class)
                .verify(Duration.ofSeconds(5));

        ImportJob failed = shop.jobs.findById(SHOP, emitted.getFirst().id()).block();
        assertThat(failed.status()).isEqualTo(FAILED);
        assertThat(failed.failure().map(ImportFailure::describe))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("email: the file has no such column"));
        assertThat(failed.finishedAt()).contains(NOW);
    }

    @Test
    void a_started_import_answers_with_its_job_before_the_file_has_arrived() throws IOException {
        PipedOutputStream upload = new PipedOutputStream();
        PipedInputStream received = new PipedInputStream(upload);

        ImportJob started =
                shop.importer.start(ImportKind.CUSTOMERS, SHOP, received).block(Duration.ofSeconds(5));
        assertThat(started.status()).isEqualTo(RUNNING);

        upload.write("email\nada@example.com\n".getBytes(StandardCharsets.UTF_8));
        upload.close();
        ImportJob finished = Flux.interval(Duration.ofMillis(10))
                .concatMap(tick -> shop.jobs.findById(SHOP, started.id()))
                .filter(job -> job.status() != RUNNING)
                .blockFirst(Duration.ofSeconds(5));
        assertThat(finished.status()).isEqualTo(COMPLETED);
        assertThat(finished.report().created()).isEqualTo(1);
    }

    @Test
    void reading_waits_for_the_subscriber_to_ask_for_more() {
        GeneratedCsv file = customers(100_000);

        StepVerifier.create(shop.importer.run(ImportKind.CUSTOMERS, SHOP, file.stream()), 3)
                .expectNextCount(3)
                .thenAwait(Duration.ofMillis(300))
                .then(() -> assertThat(file.rowsServed()).isLessThan(8 * ImportRun.BATCH_SIZE))
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void a_hundred_thousand_rows_are_imported_with_exact_counts() {
        // Every thousandth row is broken; rows past the 90,000th rename customers met before.
        GeneratedCsv file = new GeneratedCsv(
                "email,name,visits",
                100_000,
                row -> row % 1_000 == 999
                        ? "broken-" + row + ",Broken,1"
                        : "c" + row % 90_000 + "@example.com,Customer " + row + "," + row % 7);

        ImportReport report = shop.importer
                .run(ImportKind.CUSTOMERS, SHOP, file.stream())
                .blockLast()
                .report();

        assertThat(report)
                .extracting(
                        ImportReport::rowsRead,
                        ImportReport::created,
                        ImportReport::updated,
                        ImportReport::skipped,
                        ImportReport::rejected)
                .containsExactly(100_000L, 89_910L, 9_990L, 0L, 100L);
        assertThat(shop.customerCount(SHOP)).isEqualTo(89_910);
        assertThat(shop.customer("c5@example.com").profile().name()).contains("Customer 90005");
        assertThat(shop.customer("c5@example.com").purchases().orderCount()).isEqualTo(90_005 % 7);
    }
}
