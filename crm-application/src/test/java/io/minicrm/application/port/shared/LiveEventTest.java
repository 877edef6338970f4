package io.minicrm.application.port.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerCreated;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;

class LiveEventTest {

    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    private static final WorkspaceId SHOP = new WorkspaceId("shop");

    @Test
    void a_new_customer_is_told_on_customer_created_with_its_id_email_and_name() {
        Customer asha = Customer.register(SHOP, new CustomerId("c-1"), new Email("asha@example.com"),
                new Profile(Optional.of("Asha"), Optional.empty(), Optional.empty(), Set.of(), Map.of()),
                Currency.getInstance("INR"), NOW);

        assertThat(LiveEvent.of(new CustomerCreated(asha, NOW))).contains(new LiveEvent(1, "customer:created", "shop", NOW,
                Map.of("customerId", "c-1", "email", "asha@example.com", "name", "Asha")));
    }

    @Test
    void an_import_batch_is_told_once_with_its_counts() {
        LiveEvent told = LiveEvent.of(new ImportedBatch(SHOP, ImportKind.ORDERS, 0, 3, 5, NOW)).orElseThrow();

        assertThat(told.channel()).isEqualTo(EventChannel.IMPORT_BATCH);
        assertThat(told.data()).isEqualTo(Map.of("kind", "orders", "customersCreated", BigDecimal.ZERO,
                "customersUpdated", BigDecimal.valueOf(3), "ordersCreated", BigDecimal.valueOf(5)));
    }

    @Test
    void an_event_no_channel_carries_has_no_live_form() {
        CrmEvent unknown = new CrmEvent() {
            @Override
            public WorkspaceId workspace() {
                return SHOP;
            }

            @Override
            public Instant occurredAt() {
                return NOW;
            }
        };

        assertThat(LiveEvent.of(unknown)).isEmpty();
    }

    @Test
    void every_number_is_held_as_a_decimal_so_a_payload_read_back_equals_the_one_written() {
        LiveEvent written = new LiveEvent(1, "order:created", "shop", NOW, Map.of("amount", new BigDecimal("12.50"), "count", 3L));
        LiveEvent read = new LiveEvent(1, "order:created", "shop", NOW, Map.of("amount", 12.50d, "count", 3));

        assertThat(read.data()).isEqualTo(Map.of("amount", new BigDecimal("12.5"), "count", BigDecimal.valueOf(3)));
        assertThat(written.data().get("count")).isEqualTo(read.data().get("count"));
    }

    @Test
    void a_payload_of_another_version_an_unknown_channel_or_a_value_of_another_kind_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LiveEvent(2, "customer:created", "shop", NOW, Map.of()))
                .withMessage("v: payload version 2 is not 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new LiveEvent(1, "customer:deleted", "shop", NOW, Map.of()))
                .withMessage("type: 'customer:deleted' is not a channel");
        assertThatIllegalArgumentException().isThrownBy(() -> new LiveEvent(1, "customer:created", "shop", NOW,
                        Map.of("tags", List.of("vip"))))
                .withMessageStartingWith("data.tags: ");
    }
}
