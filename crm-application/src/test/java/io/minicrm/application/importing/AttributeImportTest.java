package io.minicrm.application.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.FieldType;
import org.junit.jupiter.api.Test;

class AttributeImportTest {

    private final ImportFixture shop = new ImportFixture(FieldCatalogue.standard()
            .withAttribute("vip", FieldType.BOOLEAN)
            .withAttribute("birthday", FieldType.DATETIME)
            .withAttribute("points", FieldType.NUMBER));

    @Test
    void columns_named_like_declared_attributes_are_read_as_their_declared_type() {
        shop.importCustomers("""
                email,VIP,Birthday,attr.points
                ada@example.com,yes,1990-12-10,-12.5
                """);

        assertThat(shop.customer("ada@example.com").profile().attributes())
                .isEqualTo(Map.of(
                        "vip", new AttributeValue.Flag(true),
                        "birthday", new AttributeValue.Moment(Instant.parse("1990-12-09T18:30:00Z")),
                        "points", new AttributeValue.Decimal(new BigDecimal("-12.5"))));
    }

    @Test
    void undeclared_attr_columns_hold_text_under_their_name() {
        ImportJob job = shop.importCustomers("""
                email,attr.Nick Name,attr.no way!,plan
                ada@example.com,  Countess ,x,gold
                """);

        assertThat(shop.customer("ada@example.com").profile().attributes())
                .isEqualTo(Map.of("nick_name", new AttributeValue.Text("Countess")));
        assertThat(job.report().ignoredColumns()).containsExactly("attr.no way!", "plan");
    }

    @Test
    void a_value_that_is_not_of_the_declared_type_rejects_the_row_naming_the_column() {
        ImportJob job = shop.importCustomers("""
                email,VIP,points
                ada@example.com,maybe,1
                bob@example.com,no,lots
                """);

        assertThat(job.report().rejections())
                .containsExactly(
                        Rejection.at(2, "VIP", "'maybe' is neither yes nor no (true/false, yes/no, 1/0)"),
                        Rejection.at(3, "points", "'lots' is not a number"));
        assertThat(shop.customerCount(ImportFixture.SHOP)).isZero();
    }

    @Test
    void a_later_row_sets_the_attributes_it_fills_and_keeps_the_others() {
        shop.importCustomers("email,vip,points\nada@example.com,true,10\n");

        shop.importCustomers("email,vip,points\nada@example.com,,20\n");

        assertThat(shop.customer("ada@example.com").profile().attributes())
                .isEqualTo(Map.of(
                        "vip",
                        new AttributeValue.Flag(true),
                        "points",
                        new AttributeValue.Decimal(new BigDecimal("20"))));
    }

    @Test
    void an_attribute_given_twice_is_refused() {
        assertThat(shop.refusal(ImportKind.CUSTOMERS, "email,points,attr.points\n")
                        .getMessage())
                .isEqualTo("attr.points: holds the same value as the column 'points'; keep one of them");
    }

    @Test
    void a_row_whose_attributes_would_take_its_customer_past_the_limit_is_rejected_and_the_others_stored() {
        String first = attributeFile(0, 60);
        String second = attributeFile(60, 60);
        shop.importCustomers(first + "ada@example.com" + ",x".repeat(60) + "\n");

        ImportJob job = shop.importCustomers(
                second + "ada@example.com" + ",y".repeat(60) + "\n" + "bob@example.com" + ",y".repeat(60) + "\n");

        assertThat(job.report().rejections())
                .containsExactly(
                        new Rejection(2, Optional.empty(), "attributes: a customer has at most 100 attributes"));
        assertThat(shop.customer("ada@example.com").profile().attributes()).hasSize(60);
        assertThat(shop.customer("bob@example.com").profile().attributes()).hasSize(60);
    }

    private static String attributeFile(int from, int count) {
        StringBuilder header = new StringBuilder("email");
        for (int at = from; at < from + count; at++) {
            header.append(",attr.a").append(at);
        }
        return header.append('\n').toString();
    }
}
