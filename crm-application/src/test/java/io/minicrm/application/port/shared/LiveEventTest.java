package io.minicrm.application.port.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerCreated;
import io.minicrm.domain.customer.CustomerDeleted;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.SegmentDeleted;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class LiveEventTest {

    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    private static final WorkspaceId SHOP = new WorkspaceId("shop");

    @Test
    void a_new_customer_is_told_on_customer_created_with_its_id_email_and_name() {
        Customer asha = Customer.register(
                SHOP,
                new CustomerId("c-1"),
                new Email("asha@example.com"),
                new Profile(Optional.of("Asha"), Optional.empty(), Optional.empty(), Set.of(), Map.of()),
                Currency.getInstance("INR"),
                NOW);

        assertThat(LiveEvent.of(new CustomerCreated(asha, NOW)))
                .contains(new LiveEvent(
                        1,
                        "customer:created",
                        "shop",
                        NOW,
                        Map.of("customerId", "c-1", "email", "asha@example.com", "name", "Asha")));
    }

    @Test
    void an_import_batch_is_told_once_with_its_counts() {
        LiveEvent told = LiveEvent.of(new ImportedBatch(SHOP, ImportKind.ORDERS, 0, 3, 5, NOW))
                .orElseThrow();

        assertThat(told.channel()).isEqualTo(EventChannel.IMPORT_BATCH);
        assertThat(told.data())
                .isEqualTo(Map.of(
                        "kind",
                        "orders",
                        "customersCreated",
                        BigDecimal.ZERO,
                        "customersUpdated",
                        BigDecimal.valueOf(3),
                        "ordersCreated",
                        BigDecimal.valueOf(5)));
    }

    @Test
    void a_batch_of_deliveries_is_told_once_with_what_it_moved_and_the_campaigns_counters_after_it() {
        Campaign sale = Campaign.draft(
                        SHOP,
                        new CampaignId("k-1"),
                        new NewCampaign("Sale", new SegmentId("s-1"), Channel.SMS, Optional.empty(), "Hi", Map.of()),
                        FieldCatalogue.standard(),
                        "mira",
                        NOW)
                .flatMap(draft -> draft.queue(Rule.all(), NOW))
                .flatMap(queued -> queued.startDispatch(NOW))
                .get()
                .addAudience(10, NOW)
                .countMove(DeliveryStatus.PENDING, DeliveryStatus.SENT, NOW)
                .countMove(DeliveryStatus.PENDING, DeliveryStatus.FAILED, NOW);

        LiveEvent told = LiveEvent.of(new DeliveryBatch(sale, 0, 1, 0, 1, NOW)).orElseThrow();

        assertThat(told.type()).isEqualTo("delivery:updated");
        assertThat(told.data())
                .containsExactly(
                        entry("campaignId", "k-1"),
                        entry("created", BigDecimal.ZERO),
                        entry("movedToSent", BigDecimal.ONE),
                        entry("movedToDelivered", BigDecimal.ZERO),
                        entry("movedToFailed", BigDecimal.ONE),
                        entry("name", "Sale"),
                        entry("status", "DISPATCHING"),
                        entry("audience", BigDecimal.TEN),
                        entry("pending", BigDecimal.valueOf(8)),
                        entry("sent", BigDecimal.ONE),
                        entry("delivered", BigDecimal.ZERO),
                        entry("failed", BigDecimal.ONE),
                        entry("skipped", BigDecimal.ZERO),
                        entry("suppressed", BigDecimal.ZERO));
    }

    @Test
    void a_deleted_customer_or_segment_is_told_by_its_id() {
        assertThat(LiveEvent.of(new CustomerDeleted(SHOP, new CustomerId("c-1"), NOW)))
                .contains(new LiveEvent(1, "customer:deleted", "shop", NOW, Map.of("customerId", "c-1")));
        assertThat(LiveEvent.of(new SegmentDeleted(SHOP, new SegmentId("s-1"), NOW)))
                .contains(new LiveEvent(1, "segmentRule:deleted", "shop", NOW, Map.of("segmentId", "s-1")));
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
        LiveEvent written =
                new LiveEvent(1, "order:created", "shop", NOW, Map.of("amount", new BigDecimal("12.50"), "count", 3L));
        LiveEvent read = new LiveEvent(1, "order:created", "shop", NOW, Map.of("amount", 12.50d, "count", 3));

        assertThat(read.data()).isEqualTo(Map.of("amount", new BigDecimal("12.5"), "count", BigDecimal.valueOf(3)));
        assertThat(written.data().get("count")).isEqualTo(read.data().get("count"));
    }

    @Test
    void a_payload_of_another_version_an_unknown_channel_or_a_value_of_another_kind_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LiveEvent(2, "customer:created", "shop", NOW, Map.of()))
                .withMessage("v: payload version 2 is not 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LiveEvent(1, "customer:merged", "shop", NOW, Map.of()))
                .withMessage("type: 'customer:merged' is not a channel");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LiveEvent(1, "customer:created", "shop", NOW, Map.of("tags", List.of("vip"))))
                .withMessageStartingWith("data.tags: ");
    }
}
