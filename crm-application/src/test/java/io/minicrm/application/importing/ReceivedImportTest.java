package io.minicrm.application.importing;

import static io.minicrm.application.importing.ImportFixture.PATIENCE;
import static io.minicrm.application.importing.ImportFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportFile;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.StartedImport;
import io.minicrm.domain.shared.Problem;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class ReceivedImportTest {

    private final ImportFixture shop = new ImportFixture();

    private static String customers(int rows) {
        StringBuilder csv = new StringBuilder("email,name\n");
        for (int row = 0; row < rows; row++) {
            csv.append("c")
                    .append(row)
                    .append("@example.com,Customer ")
                    .append(row)
                    .append('\n');
        }
        return csv.toString();
    }

    /** A file in memory that counts how often it is opened and whether it was closed. */
    private static final class CountedFile implements ImportFile {
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        private final ImportFile file;

        CountedFile(String csv) {
            file = ImportFile.of(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }

        @Override
        public InputStream open() throws IOException {
            opened.incrementAndGet();
            return file.open();
        }

        @Override
        public Charset charset() {
            return file.charset();
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    @Test
    void the_job_is_answered_before_the_file_has_arrived_and_the_rows_are_stored_once_it_has() {
        Sinks.One<ImportFile> arriving = Sinks.one();
        CountedFile file = new CountedFile(customers(2_500));

        StartedImport started = shop.importer
                .receive(ImportKind.CUSTOMERS, SHOP, arriving.asMono())
                .block(PATIENCE);
        ImportJob waiting = shop.jobs.findById(SHOP, started.job().id()).block();
        arriving.tryEmitValue(file);
        ImportJob finished = started.outcome().block(PATIENCE);

        assertThat(started.job().status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(waiting.report().rowsRead()).isZero();
        assertThat(finished.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(finished.report().created()).isEqualTo(2_500);
        assertThat(shop.jobs.findById(SHOP, finished.id()).block()).isEqualTo(finished);
        assertThat(file.opened).as("read once to check it, once to store it").hasValue(2);
        assertThat(file.closed).hasValue(1);
    }

    @Test
    void a_file_refused_at_its_last_line_leaves_nothing_stored() {
        String csv = customers(5_000) + "late@example.com," + "x".repeat(10_001) + "\n";
        CountedFile file = new CountedFile(csv);

        StartedImport started = shop.importer
                .receive(ImportKind.CUSTOMERS, SHOP, Mono.just(file))
                .block(PATIENCE);
        CrmException refused =
                catchThrowableOfType(CrmException.class, () -> started.outcome().block(PATIENCE));

        assertThat(refused.problem()).isEqualTo(Problem.Invalid.of("line 5002, column name", CsvLimits.CELL_RULE));
        ImportJob failed = shop.jobs.findById(SHOP, started.job().id()).block();
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.report().rowsRead()).isZero();
        assertThat(shop.customerCount(SHOP)).isZero();
        assertThat(file.closed).hasValue(1);
    }

    @Test
    void a_file_without_its_required_column_is_refused_before_anything_is_stored() {
        ImportJob job = shop.receive(
                ImportKind.ORDERS,
                "order_id,amount\nA-1,10\n".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);

        assertThat(job.failure().map(ImportFailure::reason))
                .hasValueSatisfying(
                        reason -> assertThat(reason).startsWith("customer_email: the file has no such column"));
    }

    @Test
    void a_file_that_does_not_arrive_whole_fails_its_job_with_the_reason_given_and_stores_nothing() {
        Problem tooLarge = Problem.Invalid.of(
                "file", "the upload is larger than the 100 MB this service accepts; nothing was stored");

        StartedImport started = shop.importer
                .receive(ImportKind.CUSTOMERS, SHOP, CrmException.refuse(tooLarge))
                .block(PATIENCE);
        CrmException refused =
                catchThrowableOfType(CrmException.class, () -> started.outcome().block(PATIENCE));

        assertThat(refused.problem()).isEqualTo(tooLarge);
        ImportJob failed = shop.jobs.findById(SHOP, started.job().id()).block();
        assertThat(failed.failure()).contains(ImportFailure.of(tooLarge.message()));
        assertThat(shop.customerCount(SHOP)).isZero();
    }

    @Test
    void the_outcome_may_be_listened_to_by_anyone_or_no_one() {
        StartedImport started = shop.importer
                .receive(ImportKind.CUSTOMERS, SHOP, Mono.just(new CountedFile(customers(10))))
                .block(PATIENCE);

        ImportJob first = started.outcome().block(PATIENCE);
        ImportJob again = started.outcome().block(PATIENCE);

        assertThat(first).isEqualTo(again);
        assertThat(first.report().created()).isEqualTo(10);
    }
}
