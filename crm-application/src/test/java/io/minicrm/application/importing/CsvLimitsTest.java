package io.minicrm.application.importing;

import static io.minicrm.application.importing.ImportFixture.SHOP;
import static io.minicrm.application.importing.ImportFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class CsvLimitsTest {

    private final ImportFixture shop = new ImportFixture();

    private ImportJob received(String csv) {
        return shop.receive(ImportKind.CUSTOMERS, csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static ImportFailure at(long line, String column, String reason) {
        return ImportFailure.at(line, Optional.of(column), reason);
    }

    @Test
    void a_cell_longer_than_the_limit_refuses_the_file_naming_its_line_column_and_the_limit() {
        ImportJob job = received(
                "email,name\nada@example.com,Ada\nbob@example.com," + "b".repeat(10_001) + "\ncy@example.com,Cy\n");

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.failure()).contains(at(3, "name", "a cell holds at most 10,000 characters"));
        assertThat(shop.customerCount(SHOP)).isZero();
    }

    @Test
    void a_cell_as_long_as_the_limit_is_read() {
        // No field keeps 10,000 characters (a name keeps 100): the cell sits in a column the import passes over.
        ImportJob job = received("email,name,notes\nada@example.com,Ada," + "a".repeat(10_000) + "\n");

        assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(job.report().ignoredColumns()).containsExactly("notes");
        assertThat(shop.customer("ada@example.com").profile().name()).contains("Ada");
    }

    @Test
    void a_twenty_megabyte_cell_is_refused_after_reading_little_more_than_the_limit() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return served.incrementAndGet() > 20_000_000 ? -1 : 'x';
            }
        };

        ImportJob job = shop.stream(
                ImportKind.CUSTOMERS, new SequenceInputStream(utf8("email,name\nada@example.com,"), endless));

        assertThat(job.failure()).contains(at(2, "name", CsvLimits.CELL_RULE));
        assertThat(served.get()).isLessThan(100_000);
    }

    @Test
    void a_header_of_a_million_columns_is_refused_at_line_1() {
        ImportJob job = received("email," + "c,".repeat(1_000_000) + "\nada@example.com\n");

        assertThat(job.failure()).contains(ImportFailure.at(1, Optional.empty(), "a file has at most 500 columns"));
    }

    @Test
    void a_header_of_as_many_columns_as_the_limit_is_read() {
        StringBuilder header = new StringBuilder("email");
        for (int column = 1; column < CsvLimits.MAX_COLUMNS; column++) {
            header.append(",extra").append(column);
        }

        ImportJob job = received(header + "\nada@example.com" + ",".repeat(CsvLimits.MAX_COLUMNS - 1) + "\n");

        assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(job.report().ignoredColumns()).hasSize(CsvLimits.MAX_COLUMNS - 1);
    }

    @Test
    void a_row_wider_than_the_limit_is_refused_at_its_line() {
        ImportJob job = received("email,name\nada@example.com,Ada\n" + ",".repeat(600) + "\n");

        assertThat(job.failure()).contains(ImportFailure.at(3, Optional.empty(), CsvLimits.COLUMNS_RULE));
    }

    @Test
    void a_line_longer_than_the_limit_is_refused_though_each_cell_fits() {
        String cell = "n".repeat(9_000);

        ImportJob job = received("email,a,b,c,d\nada@example.com," + String.join(",", cell, cell, cell, cell) + "\n");

        assertThat(job.failure())
                .contains(
                        ImportFailure.at(
                                2,
                                Optional.empty(),
                                "a line holds at most 30,000 characters (a row whose quoted cells hold line breaks counts all its lines)"));
    }

    @Test
    void a_quoted_cell_spanning_lines_is_held_to_the_cell_limit_at_the_line_its_row_starts_on() {
        ImportJob job = received("email,name\n\nada@example.com,\"" + "line\n".repeat(2_500) + "\"\n");

        assertThat(job.failure()).contains(at(3, "name", CsvLimits.CELL_RULE));
    }

    @Test
    void a_quote_that_never_closes_refuses_the_file_rather_than_swallowing_the_rows_after_it() {
        ImportJob job = received("email,name\nada@example.com,\"Ada\nbob@example.com,Bob\ncy@example.com,Cy\n");

        assertThat(job.failure()).contains(at(2, "name", "the quote that opens this cell is never closed"));
        assertThat(shop.customerCount(SHOP)).isZero();
    }

    @Test
    void text_after_a_closing_quote_refuses_the_file_naming_the_cell() {
        ImportJob job = received("email,name,city\nada@example.com,\"Ada\" Lovelace,London\n");

        assertThat(job.failure())
                .contains(
                        at(
                                2,
                                "name",
                                "a quoted cell ends at its closing quote, but ' ' follows it; write a quote inside a quoted cell as two quotes (\"\")"));
    }

    @Test
    void a_quote_inside_a_plain_cell_is_kept_as_written() {
        ImportJob job = received("email,name\nada@example.com,Ada \"the Countess\" Lovelace\n");

        assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(shop.customer("ada@example.com").profile().name()).contains("Ada \"the Countess\" Lovelace");
    }

    @Test
    void a_cell_past_the_limit_of_the_header_is_named_by_its_position() {
        ImportJob job = received("email,name\nada@example.com,Ada," + "x".repeat(10_001) + "\n");

        assertThat(job.failure()).contains(at(2, "column 3", CsvLimits.CELL_RULE));
    }

    @Test
    void a_refusal_reaches_the_caller_as_a_problem_whose_path_is_the_place() {
        CrmException refused =
                shop.refusal(ImportKind.CUSTOMERS, "email,name\nada@example.com," + "a".repeat(10_001) + "\n");

        assertThat(refused.problem()).isEqualTo(Problem.Invalid.of("line 2, column name", CsvLimits.CELL_RULE));
    }

    @Test
    void a_streamed_file_refused_past_its_first_batch_keeps_the_batches_before_and_says_where_it_stopped() {
        StringBuilder csv = new StringBuilder("email\n");
        for (int row = 0; row < 2_500; row++) {
            csv.append("c").append(row).append("@example.com\n");
        }
        csv.append("x".repeat(10_001)).append('\n');

        ImportJob job = shop.stream(ImportKind.CUSTOMERS, utf8(csv.toString()));

        assertThat(job.failure()).contains(at(2_502, "email", CsvLimits.CELL_RULE));
        // Whole batches only: the one being read when the file was refused is dropped, and says so by its line.
        assertThat(shop.customerCount(SHOP))
                .isIn(1_000L, 2_000L)
                .isGreaterThanOrEqualTo(job.report().created());
    }

    @Test
    void a_rejection_quotes_a_long_cell_cut_short() {
        ImportJob job = received("email,visits\nada@example.com," + "9x".repeat(2_000) + "\n");

        assertThat(job.report().rejections().getFirst().reason())
                .isEqualTo("'" + "9x".repeat(30) + "…' (4000 characters) is not a whole number");
    }
}
