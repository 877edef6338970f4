package io.minicrm.application.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.shared.Money;
import org.junit.jupiter.api.Test;

class PurchaseFiguresImportTest {

    private final ImportFixture shop = new ImportFixture();

    @Test
    void the_shops_own_figures_become_the_customers_purchase_history() {
        shop.importCustomers("""
                email,spend,Order Count,last_visit
                ada@example.com,1500.50,7,2025-12-01T10:00:00Z
                bob@example.com,,,
                """);

        Instant lastOrder = Instant.parse("2025-12-01T10:00:00Z");
        PurchaseHistory ada = shop.customer("ada@example.com").purchases();
        assertThat(ada.totalSpend()).isEqualTo(Money.of("1500.5", "INR"));
        assertThat(ada.orderCount()).isEqualTo(7);
        assertThat(ada.lastOrderAt()).contains(lastOrder);
        assertThat(ada.firstOrderAt()).contains(lastOrder);
        assertThat(ada.countedOrders()).isEmpty();
        assertThat(shop.customer("bob@example.com").purchases()).isEqualTo(PurchaseHistory.none(ImportFixture.RUPEES));
    }

    @Test
    void imported_orders_add_to_the_shops_figures() {
        shop.importCustomers(
                "email,total_spend,visits,last_order_at\nada@example.com,1500.50,7,2025-12-01T10:00:00Z\n");

        shop.importOrders("order_id,email,amount,date\nA-1,ada@example.com,100,2026-01-05\n");

        PurchaseHistory ada = shop.customer("ada@example.com").purchases();
        assertThat(ada.totalSpend()).isEqualTo(Money.of("1600.50", "INR"));
        assertThat(ada.orderCount()).isEqualTo(8);
        assertThat(ada.firstOrderAt()).contains(Instant.parse("2025-12-01T10:00:00Z"));
        assertThat(ada.lastOrderAt()).contains(Instant.parse("2026-01-04T18:30:00Z"));
    }

    @Test
    void a_later_row_replaces_the_figures_it_gives_and_keeps_the_others() {
        shop.importCustomers("email,total_spend,visits,last_order_at\nada@example.com,1500,7,2025-12-01T10:00:00Z\n");

        shop.importCustomers("email,total_spend,visits,last_order_at\nada@example.com,2000,,\n");

        PurchaseHistory ada = shop.customer("ada@example.com").purchases();
        assertThat(ada.totalSpend()).isEqualTo(Money.of("2000", "INR"));
        assertThat(ada.orderCount()).isEqualTo(7);
        assertThat(ada.lastOrderAt()).contains(Instant.parse("2025-12-01T10:00:00Z"));
    }

    @Test
    void visits_never_drop_below_the_orders_already_counted() {
        shop.importCustomers("email\nada@example.com\n");
        shop.importOrders(
                "order_id,email,amount,date\nA-1,ada@example.com,100,2026-01-05\nA-2,ada@example.com,50,2026-01-06\n");

        shop.importCustomers("email,visits,total_spend\nada@example.com,1,90\n");

        PurchaseHistory ada = shop.customer("ada@example.com").purchases();
        assertThat(ada.orderCount()).isEqualTo(2);
        assertThat(ada.totalSpend()).isEqualTo(Money.of("90", "INR"));
        assertThat(ada.countedOrders()).hasSize(2);
    }

    @Test
    void a_later_last_order_time_keeps_an_earlier_first_one() {
        shop.importCustomers("email,last_order_at\nada@example.com,2025-01-01\n");

        shop.importCustomers("email,last_order_at\nada@example.com,2025-06-01\n");

        PurchaseHistory ada = shop.customer("ada@example.com").purchases();
        assertThat(ada.firstOrderAt()).contains(Instant.parse("2024-12-31T18:30:00Z"));
        assertThat(ada.lastOrderAt()).isEqualTo(Optional.of(Instant.parse("2025-05-31T18:30:00Z")));
    }
}
