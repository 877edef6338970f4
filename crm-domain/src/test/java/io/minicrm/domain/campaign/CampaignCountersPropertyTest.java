package io.minicrm.domain.campaign;

import static io.minicrm.domain.delivery.DeliveryStatus.DELIVERED;
import static io.minicrm.domain.delivery.DeliveryStatus.FAILED;
import static io.minicrm.domain.delivery.DeliveryStatus.PENDING;
import static io.minicrm.domain.delivery.DeliveryStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CampaignCountersPropertyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");
    private static final int MOST_RECIPIENTS = 12;

    /** A receipt for the recipient at this index; a recipient without a delivery yet gets one created first. */
    record Step(int recipient, DeliveryStatus reported) {}

    private static Gen<List<Step>> receipts() {
        Gen<Step> step =
                integers().between(0, MOST_RECIPIENTS - 1).zip(arbitrary().pick(SENT, DELIVERED, FAILED), Step::new);
        return lists().of(step).ofSizeBetween(0, 60);
    }

    private static Campaign dispatching() {
        Campaign draft = Campaign.draft(
                        WorkspaceId.DEFAULT,
                        new CampaignId("spring-sale"),
                        new NewCampaign(
                                "Spring sale", new SegmentId("all"), Channel.SMS, Optional.empty(), "Hi", Map.of()),
                        FieldCatalogue.standard(),
                        "asha",
                        NOW)
                .get();
        return draft.queue(Rule.all(), NOW)
                .flatMap(queued -> queued.startDispatch(NOW))
                .get();
    }

    @Test
    void counters_updated_by_the_reported_moves_equal_a_recount_of_the_deliveries() {
        qt().withFixedSeed(20261124L).withExamples(1000).forAll(receipts()).checkAssert(steps -> {
            Campaign campaign = dispatching();
            List<Delivery> deliveries = new ArrayList<>();
            for (Step step : steps) {
                while (deliveries.size() <= step.recipient()) {
                    CustomerId recipient = new CustomerId("c" + deliveries.size());
                    deliveries.add(Delivery.pending(
                            WorkspaceId.DEFAULT,
                            campaign.id(),
                            recipient,
                            "+91 98765 43210",
                            new RenderedMessage(Optional.empty(), "Hi"),
                            NOW));
                    campaign = campaign.addAudience(1, NOW);
                }
                Delivery delivery = deliveries.get(step.recipient());
                Optional<DeliveryUpdated> update = delivery.advance(
                        new Receipt(delivery.id(), step.reported(), Optional.empty(), Optional.of("no route"), NOW),
                        NOW);
                if (update.isPresent()) {
                    deliveries.set(step.recipient(), update.get().delivery());
                    campaign = campaign.countMove(
                            update.get().from(), update.get().delivery().status(), NOW);
                }
            }

            Map<DeliveryStatus, Long> recount =
                    deliveries.stream().collect(Collectors.groupingBy(Delivery::status, Collectors.counting()));
            Function<DeliveryStatus, Long> inStatus = status -> recount.getOrDefault(status, 0L);
            assertThat(campaign.counters())
                    .isEqualTo(new CampaignCounters(
                            deliveries.size(),
                            inStatus.apply(PENDING),
                            inStatus.apply(SENT),
                            inStatus.apply(DELIVERED),
                            inStatus.apply(FAILED)));
            Campaign dispatched = campaign.finishDispatch(NOW).get();
            assertThat(dispatched.complete(NOW).isRight()).isEqualTo(inStatus.apply(PENDING) == 0);
        });
    }
}
