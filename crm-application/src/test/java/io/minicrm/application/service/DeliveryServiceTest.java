package io.minicrm.application.service;

import static io.minicrm.application.service.Engine.A;
import static io.minicrm.application.service.Engine.B;
import static io.minicrm.application.service.Engine.NOW;
import static io.minicrm.application.service.Engine.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.template.RenderedMessage;
import reactor.test.StepVerifier;

class DeliveryServiceTest {

    private final Engine engine = new Engine();
    private final Campaign diwali = engine.drafted(A, "Diwali", engine.defined(A, "all()"));

    @Test
    void the_log_of_a_campaign_outside_the_workspace_is_not_found() {
        assertThat(refusal(engine.deliveries.list(A, new CampaignId("nope"), Optional.empty(), PageRequest.FIRST)))
                .isEqualTo(new Problem.NotFound("campaign", "nope"));
        assertThat(refusal(engine.deliveries.list(B, diwali.id(), Optional.empty(), PageRequest.FIRST)))
                .isEqualTo(new Problem.NotFound("campaign", diwali.id().value()));
    }

    @Test
    void lists_a_campaigns_deliveries_optionally_only_those_in_one_status() {
        Campaign other = engine.drafted(A, "Other", engine.defined(A, "all()"));
        Delivery asha = pending(diwali, "c-1");
        Delivery ravi = pending(diwali, "c-2");
        engine.deliveryStore.insertNew(List.of(asha, ravi, pending(other, "c-1"))).blockLast();
        engine.deliveryStore.applyReceipts(List.of(failed(ravi.id())), NOW).blockLast();

        assertThat(engine.deliveries.list(A, diwali.id(), Optional.empty(), PageRequest.FIRST).block().items())
                .extracting(Delivery::id, Delivery::status)
                .containsExactly(tuple(asha.id(), DeliveryStatus.PENDING),
                        tuple(ravi.id(), DeliveryStatus.FAILED));
        assertThat(engine.deliveries.list(A, diwali.id(), Optional.of(DeliveryStatus.FAILED), PageRequest.FIRST).block().items())
                .extracting(Delivery::id).containsExactly(ravi.id());
    }

    @Test
    void hands_receipts_to_the_receipt_writer() {
        Receipt receipt = failed(DeliveryId.of(diwali.id(), new CustomerId("c-1")));

        StepVerifier.create(engine.deliveries.recordReceipts(List.of())).verifyComplete();
        StepVerifier.create(engine.deliveries.recordReceipts(List.of(receipt))).verifyComplete();

        assertThat(engine.receipts).containsExactly(receipt);
    }

    private static Delivery pending(Campaign campaign, String customer) {
        return Delivery.pending(campaign.workspace(), campaign.id(), new CustomerId(customer), customer + "@example.com",
                new RenderedMessage(Optional.empty(), "Hi"), NOW);
    }

    private static Receipt failed(DeliveryId delivery) {
        return new Receipt(delivery, DeliveryStatus.FAILED, Optional.empty(), Optional.of("mailbox full"), NOW);
    }
}
