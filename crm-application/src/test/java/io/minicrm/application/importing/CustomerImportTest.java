package io.minicrm.application.importing;

import static io.minicrm.application.importing.ImportFixture.NOW;
import static io.minicrm.application.importing.ImportFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.Profile;
import org.junit.jupiter.api.Test;

class CustomerImportTest {

    private final ImportFixture shop = new ImportFixture();

    @Test
    void a_row_beyond_a_customers_limits_is_rejected_at_its_cell_in_the_words_of_the_api_and_the_rest_is_stored() {
        String manyTags = String.join(
                ";",
                java.util.stream.IntStream.range(0, 101).mapToObj(i -> "t" + i).toList());
        ImportJob job = shop.importCustomers("email,name,phone,tags,signup_date\n"
                + "ok@example.com,Ok,,,\n"
                + "long@example.com," + "n".repeat(101) + ",,,\n"
                + "phone@example.com,P,+91 98765 43210 ext 1234567890123,,\n"
                + "tags@example.com,T,," + manyTags + ",\n"
                + "old@example.com,O,,,1850-01-01\n"
                + "first@example.com,F,,,\n");

        assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(job.report().rejections())
                .containsExactly(
                        Rejection.at(3, "name", "a name has at most 100 characters"),
                        Rejection.at(4, "phone", "a phone number has at most 32 characters"),
                        Rejection.at(5, "tags", "a customer has at most 100 tags"),
                        Rejection.at(6, "signup_date", "'1850-01-01': a date lies in the years 1900 to 2999"));
        assertThat(job.report().created()).isEqualTo(2);
    }

    @Test
    void columns_are_found_by_alias_whatever_their_case_and_spacing() {
        ImportJob job = shop.importCustomers("""
                 E-Mail , Full Name ,MOBILE,Town,Tags,Signup Date
                ada@example.com,Ada Lovelace,+44 20 1234,London,vip; early|GOLD,2024-01-31
                """);

        assertThat(job.report().created()).isEqualTo(1);
        Customer ada = shop.customer("ada@example.com");
        assertThat(ada.profile())
                .isEqualTo(new Profile(
                        Optional.of("Ada Lovelace"),
                        Optional.of("+44 20 1234"),
                        Optional.of("London"),
                        Set.of("vip", "early", "gold"),
                        Map.of()));
        assertThat(ada.createdAt()).isEqualTo(Instant.parse("2024-01-30T18:30:00Z"));
        assertThat(ada.updatedAt()).isEqualTo(NOW);
        assertThat(job.report().ignoredColumns()).isEmpty();
    }

    @Test
    void first_and_last_names_are_joined_when_there_is_no_name() {
        shop.importCustomers("""
                email,First Name,surname
                grace@example.com,Grace,Hopper
                alan@example.com,Alan,
                """);

        assertThat(shop.customer("grace@example.com").profile().name()).contains("Grace Hopper");
        assertThat(shop.customer("alan@example.com").profile().name()).contains("Alan");
    }

    @Test
    void quoted_fields_keep_their_commas_line_breaks_and_quotes_and_later_lines_keep_their_numbers() {
        ImportJob job = shop.importCustomers("""
                email,name,city
                "ada@example.com","Lovelace, Ada","London
                Marylebone"
                bob@example.com,"Bob ""The Builder""\",Leeds
                not-an-email,Broken,York
                """);

        assertThat(shop.customer("ada@example.com").profile().name()).contains("Lovelace, Ada");
        assertThat(shop.customer("ada@example.com").profile().city()).contains("London\nMarylebone");
        assertThat(shop.customer("bob@example.com").profile().name()).contains("Bob \"The Builder\"");
        assertThat(job.report().rejections())
                .containsExactly(Rejection.at(5, "email", "'not-an-email' is not an e-mail address"));
    }

    @Test
    void a_byte_order_mark_before_the_header_is_not_part_of_the_first_column_name() {
        ImportJob job = shop.importCustomers("\uFEFFemail,name\nada@example.com,Ada\n");

        assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(shop.customer("ada@example.com").profile().name()).contains("Ada");
    }

    @Test
    void blank_lines_are_not_rows_and_do_not_shift_line_numbers() {
        ImportJob job = shop.importCustomers(
                "email,name\r\n\r\nada@example.com,Ada\r\n\r\n , \r\nbob@example.com,Bob\r\nbroken,Broken\r\n\r\n");

        assertThat(job.report().rowsRead()).isEqualTo(3);
        assertThat(job.report().created()).isEqualTo(2);
        assertThat(job.report().rejections())
                .containsExactly(Rejection.at(7, "email", "'broken' is not an e-mail address"));
    }

    @Test
    void a_later_row_for_the_same_email_in_any_case_updates_the_earlier_one() {
        ImportJob job = shop.importCustomers("""
                email,name,city
                Ada@Example.com,Ada,London
                ada@example.COM,,Paris
                ADA@EXAMPLE.COM,Ada,Paris
                """);

        assertThat(job.report())
                .extracting(ImportReport::created, ImportReport::updated, ImportReport::skipped)
                .containsExactly(1L, 1L, 1L);
        Customer ada = shop.customer("ada@example.com");
        assertThat(ada.profile().name()).contains("Ada");
        assertThat(ada.profile().city()).contains("Paris");
        assertThat(shop.customerCount(SHOP)).isEqualTo(1);
        assertThat(shop.events).containsExactly(shop.batch(ImportKind.CUSTOMERS, 1, 0, 0));
    }

    @Test
    void a_row_for_a_stored_customer_updates_only_what_its_filled_cells_say() {
        shop.importCustomers("email,name,city,tags\nada@example.com,Ada,London,vip\n");
        Customer before = shop.customer("ada@example.com");

        ImportJob job = shop.importCustomers("email,name,city,tags\nADA@example.com,,Paris,\n");

        assertThat(job.report().updated()).isEqualTo(1);
        Customer after = shop.customer("ada@example.com");
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.profile())
                .isEqualTo(new Profile(
                        Optional.of("Ada"), Optional.empty(), Optional.of("Paris"), Set.of("vip"), Map.of()));
    }

    @Test
    void a_row_that_changes_nothing_is_skipped_and_announced_to_nobody() {
        String file = "email,name\nada@example.com,Ada\n";
        shop.importCustomers(file);
        shop.events.clear();

        ImportJob again = shop.importCustomers(file);

        assertThat(again.report().skipped()).isEqualTo(1);
        assertThat(shop.events).isEmpty();
    }

    @Test
    void each_malformed_row_is_rejected_with_its_line_and_column_and_nothing_of_it_is_stored() {
        ImportJob job = shop.importCustomers("""
                email,name,Total Spend,visits,signup_date,last_order_at
                ok@example.com,Ok,10.50,2,2024-01-01,2024-02-01
                not-an-email,Bad,1,1,2024-01-01,2024-01-01
                number@example.com,Bad,12abc,1,,
                count@example.com,Bad,1,two,,
                date@example.com,Bad,1,1,2024-02-30,
                negative@example.com,Bad,-5,1,,
                ,Missing,1,1,,
                short@example.com,Short
                future@example.com,Bad,1,1,2099-01-01,
                moment@example.com,Bad,1,1,,yesterday
                huge@example.com,Bad,1234567890123456789,1,,
                """);

        assertThat(job.report().rejections())
                .containsExactly(
                        Rejection.at(3, "email", "'not-an-email' is not an e-mail address"),
                        Rejection.at(4, "Total Spend", "'12abc' is not a number"),
                        Rejection.at(5, "visits", "'two' is not a whole number"),
                        Rejection.at(
                                6,
                                "signup_date",
                                "'2024-02-30' is not a date (2024-03-31) or a date-time (2024-03-31T14:05:00Z)"),
                        Rejection.at(7, "Total Spend", "cannot be negative, got -5"),
                        Rejection.at(8, "email", "a value is required"),
                        new Rejection(9, Optional.empty(), "the row has 2 fields where the header has 6"),
                        Rejection.at(10, "signup_date", "'2099-01-01' lies in the future"),
                        Rejection.at(
                                11,
                                "last_order_at",
                                "'yesterday' is not a date (2024-03-31) or a date-time (2024-03-31T14:05:00Z)"),
                        Rejection.at(
                                12,
                                "Total Spend",
                                "'1234567890123456789': a number has at most 18 digits before the decimal point and 12 after it"));
        assertThat(job.report())
                .extracting(ImportReport::rowsRead, ImportReport::created, ImportReport::rejected)
                .containsExactly(11L, 1L, 10L);
        assertThat(shop.customerCount(SHOP)).isEqualTo(1);
        assertThat(shop.events).containsExactly(shop.batch(ImportKind.CUSTOMERS, 1, 0, 0));
    }

    @Test
    void a_file_without_an_email_column_is_refused_naming_the_names_it_accepts_before_anything_is_stored() {
        var refusal = shop.refusal(ImportKind.CUSTOMERS, "name,phone\nAda,123\n");

        assertThat(refusal.getMessage())
                .isEqualTo("email: the file has no such column (accepted names: email, e-mail, email_address, mail)");
        assertThat(shop.customerCount(SHOP)).isZero();
        assertThat(shop.events).isEmpty();
    }

    @Test
    void two_columns_for_the_same_field_are_refused() {
        var refusal = shop.refusal(ImportKind.CUSTOMERS, "email,name,Mail\nada@example.com,Ada,ada@example.org\n");

        assertThat(refusal.getMessage())
                .isEqualTo("Mail: holds the same value as the column 'email'; keep one of them");
        assertThat(shop.customerCount(SHOP)).isZero();
    }

    @Test
    void unknown_columns_are_reported_once_as_ignored() {
        ImportJob job = shop.importCustomers("""
                email,Favourite Colour,name,shoe size
                ada@example.com,green,Ada,38
                bob@example.com,blue,Bob,44
                """);

        assertThat(job.report().ignoredColumns()).containsExactly("Favourite Colour", "shoe size");
        assertThat(job.report().rejected()).isZero();
        assertThat(shop.customer("ada@example.com").profile().attributes()).isEmpty();
    }

    @Test
    void a_file_with_only_a_header_completes_with_nothing_read() {
        ImportJob job = shop.importCustomers("email,name,notes\n");

        assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(job.report()).isEqualTo(ImportReport.begun(List.of("notes")));
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(shop.refusal(ImportKind.CUSTOMERS, "").getMessage())
                .isEqualTo("header: the file is empty; its first line must name the columns");
    }

    @Test
    void one_summary_per_batch_tells_of_the_stored_customers_once_they_are_stored() {
        shop.importCustomers("email,name\nada@example.com,Ada\nbob@example.com,Bob\n");
        shop.events.clear();
        shop.heldWhenTold.clear();

        shop.importCustomers(
                "email,name\nada@example.com,Ada Lovelace\nbob@example.com,Bob\ncyd@example.com,Cyd\nbroken,X\n");

        assertThat(shop.events).containsExactly(shop.batch(ImportKind.CUSTOMERS, 1, 1, 0));
        assertThat(shop.heldWhenTold).containsExactly(new ImportFixture.Held(3, 0));
    }

    @Test
    void a_batch_that_changes_nothing_is_not_announced() {
        shop.importCustomers("email,name\nada@example.com,Ada\n");
        shop.events.clear();

        shop.importCustomers("email,name\nada@example.com,Ada\n");

        assertThat(shop.events).isEmpty();
    }

    @Test
    void every_rejected_row_is_counted_but_only_the_first_thousand_are_listed() {
        StringBuilder file = new StringBuilder("email\nada@example.com\n");
        for (int row = 0; row < 1_500; row++) {
            file.append("broken-").append(row).append('\n');
        }

        ImportReport report = shop.importCustomers(file.toString()).report();

        assertThat(report.rejected()).isEqualTo(1_500);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.rejections()).hasSize(ImportReport.MAX_REJECTIONS);
        assertThat(report.rejections().getFirst().line()).isEqualTo(3);
        assertThat(report.rejections().getLast().line()).isEqualTo(1_002);
    }
}
