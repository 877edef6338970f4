package io.minicrm.application.service;

import static io.minicrm.application.service.Engine.A;
import static io.minicrm.application.service.Engine.NOW;
import static io.minicrm.application.service.Engine.order;
import static io.minicrm.application.service.Engine.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.order.OrderItem;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import org.junit.jupiter.api.Test;

/** Every use case refuses what is beyond the domain's limits before anything is stored, naming the field and the limit. */
class InputLimitsTest {

    private final Engine engine = new Engine();

    private static CustomerDraft customer(
            Optional<String> name, Set<String> tags, Map<String, AttributeValue> attributes) {
        return new CustomerDraft("asha@example.com", name, Optional.empty(), Optional.empty(), tags, attributes);
    }

    @Test
    void a_customer_with_a_nul_or_an_unpaired_surrogate_is_refused_and_nothing_is_stored() {
        assertThat(refusal(engine.customers.create(A, customer(Optional.of("Asha\u0000"), Set.of(), Map.of()))))
                .isEqualTo(
                        Problem.Invalid.of("name", "a name has no control characters other than tabs and line breaks"));
        assertThat(refusal(engine.customers.create(
                        A,
                        new CustomerDraft(
                                "asha\u0000@example.com",
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Set.of(),
                                Map.of()))))
                .isInstanceOf(Problem.Invalid.class);
        assertThat(refusal(engine.customers.upsert(A, customer(Optional.of("Asha\ud800"), Set.of(), Map.of()))))
                .isEqualTo(Problem.Invalid.of("name", "a name is not valid Unicode: it holds an unpaired surrogate"));
        assertThat(engine.customers
                        .list(
                                A,
                                new CustomerListing(
                                        Optional.empty(), CustomerListing.Sort.CREATED_AT, true, PageRequest.FIRST))
                        .block()
                        .total())
                .isZero();
    }

    @Test
    void a_hundred_thousand_tags_and_a_number_beyond_the_limit_are_refused() {
        Set<String> tags = IntStream.range(0, 100_000).mapToObj(i -> "t" + i).collect(Collectors.toSet());

        assertThat(refusal(engine.customers.create(A, customer(Optional.empty(), tags, Map.of()))))
                .isEqualTo(Problem.Invalid.of("tags", "a customer has at most 100 tags"));
        assertThat(refusal(engine.customers.create(
                        A,
                        customer(
                                Optional.empty(),
                                Set.of(),
                                Map.of("score", new AttributeValue.Decimal(new BigDecimal("1e1000000")))))))
                .isEqualTo(Problem.Invalid.of("attributes.score", NumberLimits.RULE));
    }

    @Test
    void an_order_placed_outside_the_kept_years_or_with_too_many_items_is_refused() {
        Customer asha = engine.customer(A, "asha@example.com", Optional.empty(), Optional.empty());

        assertThat(refusal(engine.orders.record(A, order(asha, "10", Instant.parse("9999-01-01T00:00:00Z")))))
                .isEqualTo(Problem.Invalid.of("placedAt", DateLimits.RULE));
        OrderDraft crowded = new OrderDraft(
                Optional.empty(),
                asha.id().value(),
                BigDecimal.TEN,
                Optional.empty(),
                Collections.nCopies(501, new OrderItem("Tea", 1, Money.of("1", "INR"))),
                Optional.of(NOW));
        assertThat(refusal(engine.orders.record(A, crowded)))
                .isEqualTo(Problem.Invalid.of("items", "an order has at most 500 items"));
        assertThat(engine.customers.get(A, asha.id()).block().purchases().orderCount())
                .isZero();
    }

    @Test
    void a_segment_beyond_its_name_description_or_rule_size_is_refused() {
        SegmentDraft longName =
                new SegmentDraft("n".repeat(201), "d".repeat(2_001), new RuleSource.Text("order_count > 1"), "");
        String hugeRule = String.join(" or ", Collections.nCopies(201, "order_count > 1"));

        assertThat(refusal(engine.segments.define(A, longName)))
                .isEqualTo(new Problem.Invalid(List.of(
                        new Violation("name", "a segment's name has at most 200 characters"),
                        new Violation("description", "a segment's description has at most 2000 characters"))));
        assertThat(refusal(engine.segments.define(A, new SegmentDraft("Huge", "", new RuleSource.Text(hugeRule), ""))))
                .isEqualTo(Problem.Invalid.of("", Rule.SIZE_RULE));
        assertThat(engine.segments.list(A, PageRequest.FIRST).block().total()).isZero();
    }

    @Test
    void a_campaign_message_of_megabytes_is_refused_at_creation() {
        Segment everyone = engine.defined(A, "order_count >= 0");
        NewCampaign huge = new NewCampaign(
                "Sale", everyone.id(), Channel.EMAIL, Optional.of("Hi"), "x".repeat(9_000_000), Map.of());

        assertThat(refusal(engine.campaigns.create(A, huge, "mira")))
                .isEqualTo(Problem.Invalid.of("body", "an e-mail's message has at most 100000 characters"));
        assertThat(refusal(engine.campaigns.proposeMessages(A, "g".repeat(1_001), everyone.id(), Channel.SMS, 1)))
                .isEqualTo(Problem.Invalid.of("goal", "a campaign's goal has at most 1000 characters"));
    }

    @Test
    void vendor_receipts_beyond_the_limits_of_stored_text_and_dates_are_refused_whole() {
        Receipt receipt =
                new Receipt(new DeliveryId("c:x"), DeliveryStatus.SENT, Optional.empty(), Optional.empty(), NOW);
        Receipt late = new Receipt(
                new DeliveryId("c:y"), DeliveryStatus.SENT, Optional.empty(), Optional.empty(), Instant.MAX);

        assertThat(refusal(engine.deliveries.recordReceipts(A, List.of(receipt, late))))
                .isEqualTo(Problem.Invalid.of("receipts[1].occurredAt", DateLimits.RULE));
        assertThat(engine.receipts).isEmpty();
    }
}
