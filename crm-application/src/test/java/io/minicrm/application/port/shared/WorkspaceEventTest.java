package io.minicrm.application.port.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.port.shared.WorkspaceEvent.CampaignSummary;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCancelled;
import io.minicrm.domain.campaign.CampaignCompleted;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignCreated;
import io.minicrm.domain.campaign.CampaignDispatchStarted;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignQueued;
import io.minicrm.domain.campaign.CampaignScheduled;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerCreated;
import io.minicrm.domain.customer.CustomerDeleted;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.CustomerUpdated;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderCreated;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentCreated;
import io.minicrm.domain.segment.SegmentDeleted;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.segment.SegmentUpdated;
import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class WorkspaceEventTest {

    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final Customer ASHA = Customer.register(
            SHOP,
            new CustomerId("c-1"),
            new Email("asha@example.com"),
            new Profile(Optional.of("Asha"), Optional.empty(), Optional.empty(), Set.of(), Map.of()),
            Currency.getInstance("INR"),
            NOW);
    private static final Segment BIG = new Segment(SHOP, new SegmentId("s-1"), "Big", "", Rule.all(), "mira", NOW, NOW);

    private static Campaign draft() {
        return Campaign.draft(
                        SHOP,
                        new CampaignId("k-1"),
                        new NewCampaign("Sale", new SegmentId("s-1"), Channel.SMS, Optional.empty(), "Hi", Map.of()),
                        FieldCatalogue.standard(),
                        "mira",
                        NOW)
                .get();
    }

    private static Campaign dispatching() {
        return draft().queue(Rule.all(), NOW)
                .flatMap(queued -> queued.startDispatch(NOW))
                .get()
                .addAudience(10, NOW)
                .countMove(DeliveryStatus.PENDING, DeliveryStatus.SENT, NOW)
                .countMove(DeliveryStatus.PENDING, DeliveryStatus.FAILED, NOW);
    }

    private static WorkspaceEvent typed(CrmEvent event) {
        return LiveEvent.of(event).orElseThrow().typed();
    }

    @Test
    void a_campaign_event_carries_its_counters_as_numbers() {
        assertThat(typed(new DeliveryBatch(dispatching(), 0, 1, 0, 1, NOW)))
                .isEqualTo(new WorkspaceEvent.DeliveriesUpdated(
                        SHOP,
                        NOW,
                        new CampaignSummary(
                                new CampaignId("k-1"),
                                "Sale",
                                CampaignStatus.DISPATCHING,
                                new CampaignCounters(10, 8, 1, 0, 1)),
                        0,
                        1,
                        0,
                        1));
    }

    @Test
    void an_order_event_carries_its_amount_as_money() {
        Order order = new Order(
                SHOP, new OrderId("o-1"), Optional.of("ext-9"), ASHA.id(), Money.of("1250.50", "INR"), List.of(), NOW);

        assertThat(typed(new OrderCreated(order, NOW)))
                .isEqualTo(new WorkspaceEvent.OrderCreated(
                        SHOP,
                        NOW,
                        new OrderId("o-1"),
                        Optional.of("ext-9"),
                        ASHA.id(),
                        new Money(new BigDecimal("1250.5"), Currency.getInstance("INR"))));
    }

    @Test
    void a_customer_event_carries_its_id_email_and_name() {
        assertThat(typed(new CustomerCreated(ASHA, NOW)))
                .isEqualTo(new WorkspaceEvent.CustomerCreated(
                        SHOP, NOW, ASHA.id(), "asha@example.com", Optional.of("Asha")));
    }

    @Test
    void every_channel_reads_back_as_the_record_of_its_kind() {
        Campaign scheduled = draft().schedule(NOW.plusSeconds(3_600), NOW).get();
        List<CrmEvent> events = List.of(
                new CustomerCreated(ASHA, NOW),
                new CustomerUpdated(ASHA, NOW),
                new CustomerDeleted(SHOP, ASHA.id(), NOW),
                new OrderCreated(
                        new Order(
                                SHOP,
                                new OrderId("o-1"),
                                Optional.empty(),
                                ASHA.id(),
                                Money.of("5", "INR"),
                                List.of(),
                                NOW),
                        NOW),
                new SegmentCreated(BIG, NOW),
                new SegmentUpdated(BIG, NOW),
                new SegmentDeleted(SHOP, BIG.id(), NOW),
                new CampaignCreated(draft(), NOW),
                new CampaignScheduled(scheduled, NOW),
                new CampaignQueued(draft(), NOW),
                new CampaignDispatchStarted(dispatching(), NOW),
                new CampaignCancelled(draft(), NOW),
                new CampaignCompleted(dispatching(), NOW),
                DeliveryBatch.created(dispatching(), 10, NOW),
                new ImportedBatch(SHOP, ImportKind.CUSTOMERS, 3, 2, 0, NOW));

        List<Class<?>> kinds = events.stream()
                .map(WorkspaceEventTest::typed)
                .<Class<?>>map(Object::getClass)
                .toList();

        assertThat(kinds).doesNotHaveDuplicates().hasSize(EventChannel.values().length);
        assertThat(events)
                .allSatisfy(event -> assertThat(typed(event).workspace()).isEqualTo(SHOP));
        assertThat(typed(new CampaignScheduled(scheduled, NOW)))
                .isInstanceOfSatisfying(
                        WorkspaceEvent.CampaignScheduled.class,
                        told -> assertThat(told.scheduledAt()).contains(NOW.plusSeconds(3_600)));
        assertThat(typed(new ImportedBatch(SHOP, ImportKind.ORDERS, 0, 3, 5, NOW)))
                .isEqualTo(new WorkspaceEvent.ImportBatch(SHOP, NOW, ImportKind.ORDERS, 0, 3, 5));
        assertThat(Arrays.stream(WorkspaceEvent.class.getPermittedSubclasses())
                        .filter(kind -> kind != WorkspaceEvent.Missed.class))
                .containsExactlyInAnyOrderElementsOf(kinds);
    }
}
