package io.minicrm.application.importing;

import static io.minicrm.application.importing.ImportFixture.NOW;
import static io.minicrm.application.importing.ImportFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.port.out.OrderTotals;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderItem;
import io.minicrm.domain.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderImportTest {

    private final ImportFixture shop = new ImportFixture();

    @BeforeEach
    void customers() {
        shop.importCustomers("email,name\nada@example.com,Ada\nbob@example.com,Bob\n");
        shop.events.clear();
    }

    @Test
    void an_order_row_beyond_an_orders_limits_is_rejected_at_its_cell_and_the_rest_is_stored() {
        ImportJob job = shop.importOrders("order_id,customer_email,amount,placed_at,items\n"
                + "A-1,ada@example.com,10,,\n"
                + "R".repeat(101) + ",ada@example.com,10,,\n"
                + "A-3,ada@example.com,10,9999-01-01,\n"
                + "A-4,ada@example.com,10,,Tea:1:1e40\n"
                + "A-5,ada@example.com,10,," + "x".repeat(201) + ":1:5\n");

        assertThat(job.report().rejections())
                .extracting(Rejection::line, Rejection::column, Rejection::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                3L, Optional.of("order_id"), "an external reference has at most 100 characters"),
                        org.assertj.core.groups.Tuple.tuple(
                                4L, Optional.of("placed_at"), "'9999-01-01': a date lies in the years 1900 to 2999"),
                        org.assertj.core.groups.Tuple.tuple(5L, Optional.of("items"), "'1e40' is not a number"),
                        org.assertj.core.groups.Tuple.tuple(
                                6L,
                                Optional.of("items"),
                                "'" + "x".repeat(60)
                                        + "…' (205 characters): an item's name has at most 200 characters"));
        assertThat(job.report().created()).isEqualTo(1);
    }

    @Test
    void orders_count_into_their_customers_spend_visits_and_order_times() {
        ImportJob job = shop.importOrders("""
                Order ID,Customer Email,Total,Currency,Order Date,Items
                A-1,ada@example.com,100.00,INR,2026-01-05,Tea:2:25|Cake:1:50
                A-2,ADA@example.com,50,,2026-02-01T09:30:00+05:30,
                B-1,bob@example.com,20,inr,,
                """);

        assertThat(job.report().created()).isEqualTo(3);
        PurchaseHistory ada = shop.customer("ada@example.com").purchases();
        assertThat(ada.totalSpend()).isEqualTo(Money.of("150", "INR"));
        assertThat(ada.orderCount()).isEqualTo(2);
        assertThat(ada.firstOrderAt()).contains(Instant.parse("2026-01-04T18:30:00Z"));
        assertThat(ada.lastOrderAt()).contains(Instant.parse("2026-02-01T04:00:00Z"));
        assertThat(shop.customer("bob@example.com").purchases().lastOrderAt()).contains(NOW);
        Order teaAndCake = shop.orders.findByExternalRef(SHOP, "A-1").block();
        assertThat(teaAndCake.items())
                .containsExactly(
                        new OrderItem("Tea", 2, Money.of("25", "INR")),
                        new OrderItem("Cake", 1, Money.of("50", "INR")));
        assertThat(teaAndCake.customer())
                .isEqualTo(shop.customer("ada@example.com").id());
    }

    @Test
    void a_repeated_external_reference_is_skipped_whether_met_in_the_file_or_in_the_store() {
        String file = """
                external_ref,email,amount
                A-1,ada@example.com,100
                A-1,ada@example.com,999
                A-2,bob@example.com,10
                """;

        ImportReport first = shop.importOrders(file).report();
        ImportReport again = shop.importOrders(file).report();

        assertThat(first)
                .extracting(ImportReport::created, ImportReport::skipped)
                .containsExactly(2L, 1L);
        assertThat(again)
                .extracting(ImportReport::created, ImportReport::skipped)
                .containsExactly(0L, 3L);
        assertThat(shop.customer("ada@example.com").purchases().totalSpend()).isEqualTo(Money.of("100", "INR"));
        OrderTotals totals = shop.orders.totals(SHOP).block();
        assertThat(totals.orders()).isEqualTo(2);
        assertThat(totals.revenue()).isEqualByComparingTo("110");
    }

    @Test
    void an_order_for_an_email_the_workspace_does_not_know_is_rejected_and_creates_no_customer() {
        ImportJob job = shop.importOrders("""
                order_id,Customer,amount
                A-1,nobody@example.com,10
                A-1,ada@example.com,20
                """);

        assertThat(job.report().rejections())
                .containsExactly(Rejection.at(
                        2,
                        "Customer",
                        "no customer has the e-mail nobody@example.com in this workspace; import the customers first"));
        assertThat(job.report().created()).isEqualTo(1);
        assertThat(shop.customerCount(SHOP)).isEqualTo(2);
        assertThat(shop.orders.findByExternalRef(SHOP, "A-1").block().amount()).isEqualTo(Money.of("20", "INR"));
    }

    @Test
    void an_order_for_a_customer_whose_spend_is_kept_in_another_currency_is_rejected() {
        shop.customers
                .saveAll(List.of(Customer.register(
                        SHOP,
                        new CustomerId("euro"),
                        new Email("eve@example.com"),
                        Profile.EMPTY,
                        Currency.getInstance("EUR"),
                        NOW)))
                .block();

        ImportJob job = shop.importOrders("order_id,email,amount\nA-1,eve@example.com,10\nA-2,ada@example.com,10\n");

        assertThat(job.report().rejections())
                .containsExactly(Rejection.at(2, "email", "this customer's spend is kept in EUR, not INR"));
        assertThat(job.report().created()).isEqualTo(1);
        assertThat(shop.orders.findByExternalRef(SHOP, "A-1").block()).isNull();
    }

    @Test
    void each_malformed_row_is_rejected_with_its_line_and_column() {
        ImportJob job = shop.importOrders("""
                order_ref,email,order_amount,currency,placed_at,items
                A-1,ada@example.com,10,EUR,,
                A-2,ada@example.com,-1,,,
                A-3,ada@example.com,,,,
                A-4,ada@example.com,10,,31/01/2026,
                A-5,ada example.com,10,,,
                ,ada@example.com,10,,,
                A-7,ada@example.com,10,,,Tea x2
                A-8,ada@example.com,10,,,Tea:0:5
                A-9,ada@example.com,10,,2026-01-31 08:15,
                """);

        assertThat(job.report().rejections())
                .containsExactly(
                        Rejection.at(
                                2, "currency", "'EUR' is not INR, the currency this workspace keeps its orders in"),
                        Rejection.at(3, "order_amount", "cannot be negative, got -1"),
                        Rejection.at(4, "order_amount", "a value is required"),
                        Rejection.at(
                                5,
                                "placed_at",
                                "'31/01/2026' is not a date (2024-03-31) or a date-time (2024-03-31T14:05:00Z)"),
                        Rejection.at(6, "email", "'ada example.com' is not an e-mail address"),
                        Rejection.at(7, "order_ref", "a value is required"),
                        Rejection.at(8, "items", "'Tea x2' is not name:quantity:unit_price"),
                        Rejection.at(9, "items", "'Tea:0:5' has no quantity; buy at least 1"));
        assertThat(job.report().created()).isEqualTo(1);
        assertThat(shop.orders.findByExternalRef(SHOP, "A-9").block().placedAt())
                .isEqualTo(Instant.parse("2026-01-31T02:45:00Z"));
        assertThat(shop.customer("ada@example.com").purchases().orderCount()).isEqualTo(1);
    }

    @Test
    void a_file_without_reference_customer_and_amount_columns_is_refused_naming_each() {
        var refusal = shop.refusal(ImportKind.ORDERS, "ref,buyer,total\nA-1,ada@example.com,10\n");

        assertThat(refusal.getMessage())
                .isEqualTo(
                        "order_id: the file has no such column (accepted names: order_id, external_ref, order_ref, id, order_external_id); "
                                + "customer_email: the file has no such column (accepted names: customer_email, email, customer, "
                                + "customer_identifier)");
        assertThat(shop.orders.totals(SHOP).block().orders()).isZero();
    }

    @Test
    void one_summary_per_batch_tells_of_the_stored_orders_and_counted_customers_once_they_are_stored() {
        shop.importOrders("order_id,email,amount\nA-0,bob@example.com,5\n");
        shop.events.clear();
        shop.heldWhenTold.clear();

        shop.importOrders("""
                order_id,email,amount
                A-0,bob@example.com,5
                A-1,ada@example.com,10
                A-2,ada@example.com,20
                A-3,nobody@example.com,30
                A-4,ada@example.com,-1
                """);

        assertThat(shop.events).containsExactly(shop.batch(ImportKind.ORDERS, 0, 1, 2));
        assertThat(shop.heldWhenTold).containsExactly(new ImportFixture.Held(2, 3));
    }
}
