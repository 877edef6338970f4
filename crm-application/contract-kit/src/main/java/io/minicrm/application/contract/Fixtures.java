package io.minicrm.application.contract;

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
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;

/** Small, valid aggregates for the contracts, in the currency and at the instants the contracts count on. */
final class Fixtures {

    static final WorkspaceId A = new WorkspaceId("a");
    static final WorkspaceId B = new WorkspaceId("b");
    static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    static final Currency INR = Currency.getInstance("INR");

    private Fixtures() {}

    static Customer customer(WorkspaceId workspace, String id, String email) {
        return customer(workspace, id, email, Optional.empty(), NOW);
    }

    static Customer customer(WorkspaceId workspace, String id, String email, Optional<String> name, Instant createdAt) {
        Profile profile = new Profile(name, Optional.empty(), Optional.empty(), Set.of(), Map.of());
        return Customer.register(workspace, new CustomerId(id), new Email(email), profile, INR, createdAt);
    }

    /** The customer with one more order counted: {@code amount} in INR, placed at {@code placedAt}. */
    static Customer ordered(Customer customer, String orderId, String amount, Instant placedAt) {
        return customer.apply(
                        order(
                                customer.workspace(),
                                orderId,
                                Optional.empty(),
                                customer.id().value(),
                                amount,
                                placedAt),
                        NOW)
                .get();
    }

    static Order order(
            WorkspaceId workspace,
            String id,
            Optional<String> externalRef,
            String customer,
            String amount,
            Instant placedAt) {
        return new Order(
                workspace,
                new OrderId(id),
                externalRef,
                new CustomerId(customer),
                Money.of(amount, INR.getCurrencyCode()),
                List.of(),
                placedAt);
    }

    static Segment segment(WorkspaceId workspace, String id, Instant createdAt) {
        return new Segment(
                workspace, new SegmentId(id), "Segment " + id, "", Rule.all(), "tester", createdAt, createdAt);
    }

    static Campaign draft(WorkspaceId workspace, String id, Instant createdAt) {
        NewCampaign request = new NewCampaign(
                "Campaign " + id,
                new SegmentId("s-1"),
                Channel.SMS,
                Optional.empty(),
                "Hi {{first_name|there}}",
                Map.of());
        return Campaign.draft(workspace, new CampaignId(id), request, FieldCatalogue.standard(), "tester", createdAt)
                .get();
    }

    static Campaign dispatching(WorkspaceId workspace, String id) {
        return draft(workspace, id, NOW)
                .queue(Rule.all(), NOW)
                .flatMap(queued -> queued.startDispatch(NOW))
                .get();
    }

    static Delivery delivery(WorkspaceId workspace, String campaign, String customer) {
        return delivery(workspace, campaign, customer, NOW);
    }

    static Delivery delivery(WorkspaceId workspace, String campaign, String customer, Instant createdAt) {
        return Delivery.pending(
                workspace,
                new CampaignId(campaign),
                new CustomerId(customer),
                customer + "@example.com",
                new RenderedMessage(Optional.empty(), "Hi " + customer),
                createdAt);
    }

    static Receipt receipt(DeliveryId delivery, DeliveryStatus status) {
        return new Receipt(delivery, status, Optional.of("vendor-" + delivery), Optional.of("reason " + status), NOW);
    }
}
