package io.minicrm.application.importing;

import static io.minicrm.application.importing.ImportFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Optional;

import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.Rejection;
import org.junit.jupiter.api.Test;

class ControlCharacterTest {

    private final ImportFixture shop = new ImportFixture();

    @Test
    void a_nul_in_a_name_rejects_its_row_with_line_and_column_and_the_import_goes_on() {
        ImportJob job = shop.importCustomers("email,name\nada@example.com,Ada\u0000Lovelace\nbob@example.com,Bob\n");

        assertThat(job.report().rejections())
                .containsExactly(
                        Rejection.at(
                                2,
                                "name",
                                "holds the control character U+0000 at character 4; a cell may hold tabs and line breaks, but no other control character"));
        assertThat(job.report().created()).isEqualTo(1);
        assertThat(shop.customerCount(SHOP)).isEqualTo(1);
    }

    @Test
    void a_nul_in_an_e_mail_address_rejects_its_row() {
        ImportJob job = shop.importCustomers("email\nada\u0000@example.com\n");

        assertThat(job.report().rejections()).extracting(Rejection::column).containsExactly(Optional.of("email"));
        assertThat(shop.customerCount(SHOP)).isZero();
    }

    @Test
    void an_escape_a_delete_or_a_c1_control_is_refused_like_a_nul() {
        ImportJob job = shop.importCustomers(
                "email,name,city\na@example.com,\u001B[31mRed,Pune\nb@example.com,Bob,Del\u007Fhi\n"
                        + "c@example.com,Cy \u0085,Goa\n");

        assertThat(job.report().rejections())
                .extracting(Rejection::line, rejection -> rejection.column().orElseThrow())
                .containsExactly(tuple(2L, "name"), tuple(3L, "city"), tuple(4L, "name"));
    }

    @Test
    void tabs_and_line_breaks_within_a_cell_are_kept() {
        ImportJob job = shop.importCustomers("email,name\nada@example.com,\"Ada\tLovelace\r\nof London\"\n");

        assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(shop.customer("ada@example.com").profile().name()).contains("Ada\tLovelace\r\nof London");
    }

    @Test
    void a_control_character_in_a_column_the_import_ignores_does_not_reject_the_row() {
        ImportJob job = shop.importCustomers("email,favourite colour\nada@example.com,te\u0000al\n");

        assertThat(job.report().created()).isEqualTo(1);
        assertThat(job.report().rejections()).isEmpty();
    }

    @Test
    void a_control_character_in_a_custom_attribute_rejects_the_row() {
        ImportJob job = shop.importCustomers("email,attr.notes\nada@example.com,\u0007ring\n");

        assertThat(job.report().rejections())
                .containsExactly(
                        Rejection.at(
                                2,
                                "attr.notes",
                                "holds the control character U+0007 at character 1; a cell may hold tabs and line breaks, but no other control character"));
    }

    @Test
    void a_control_character_in_a_column_name_refuses_the_file_at_line_1() {
        ImportJob job =
                shop.stream(ImportKind.CUSTOMERS, ImportFixture.utf8("email,na\u0000me\nada@example.com,Ada\n"));

        assertThat(job.failure())
                .contains(
                        ImportFailure.at(
                                1,
                                Optional.of("column 2"),
                                "the column's name holds the control character U+0000 at character 3; a cell may hold tabs and line breaks, but no other control character"));
    }

    @Test
    void an_order_with_a_control_character_in_its_reference_is_rejected() {
        shop.importCustomers("email\nada@example.com\n");

        ImportJob job = shop.importOrders("order_id,customer_email,amount\nA\u00001,ada@example.com,10\n");

        assertThat(job.report().rejections()).extracting(Rejection::column).containsExactly(Optional.of("order_id"));
        assertThat(job.report().created()).isZero();
    }
}
