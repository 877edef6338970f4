package io.minicrm.application.service;

import static io.minicrm.application.service.Engine.A;
import static io.minicrm.application.service.Engine.B;
import static io.minicrm.application.service.Engine.NOW;
import static io.minicrm.application.service.Engine.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.minicrm.application.port.in.DeadLetterReport;
import io.minicrm.application.port.out.DispatchQueue.DeadLetter;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.application.port.out.Work;
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
import org.junit.jupiter.api.Test;
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
        engine.deliveryStore
                .insertNew(List.of(asha, ravi, pending(other, "c-1")))
                .blockLast();
        engine.deliveryStore.applyReceipts(List.of(failed(ravi.id())), NOW).blockLast();

        assertThat(engine.deliveries
                        .list(A, diwali.id(), Optional.empty(), PageRequest.FIRST)
                        .block()
                        .items())
                .extracting(Delivery::id, Delivery::status)
                .containsExactly(tuple(asha.id(), DeliveryStatus.PENDING), tuple(ravi.id(), DeliveryStatus.FAILED));
        assertThat(engine.deliveries
                        .list(A, diwali.id(), Optional.of(DeliveryStatus.FAILED), PageRequest.FIRST)
                        .block()
                        .items())
                .extracting(Delivery::id)
                .containsExactly(ravi.id());
    }

    @Test
    void shows_the_campaigns_that_reached_a_customer_newest_first_and_only_in_the_workspace() {
        Campaign later = engine.drafted(A, "Later", engine.defined(A, "all()"));
        Delivery first = pending(diwali, "c-1");
        Delivery second = Delivery.pending(
                A,
                later.id(),
                new CustomerId("c-1"),
                "c-1@example.com",
                new RenderedMessage(Optional.empty(), "Hi"),
                NOW.plusSeconds(60));
        engine.deliveryStore
                .insertNew(List.of(first, second, pending(diwali, "c-2")))
                .blockLast();
        engine.deliveryStore.applyReceipts(List.of(failed(first.id())), NOW).blockLast();

        assertThat(engine.deliveries
                        .ofCustomer(A, new CustomerId("c-1"), PageRequest.FIRST)
                        .block()
                        .items())
                .extracting(Delivery::campaign, Delivery::status)
                .containsExactly(tuple(later.id(), DeliveryStatus.PENDING), tuple(diwali.id(), DeliveryStatus.FAILED));
        assertThat(engine.deliveries
                        .ofCustomer(B, new CustomerId("c-1"), PageRequest.FIRST)
                        .block()
                        .total())
                .isZero();
    }

    @Test
    void hands_receipts_to_the_receipt_writer() {
        Receipt receipt = failed(DeliveryId.of(diwali.id(), new CustomerId("c-1")));

        StepVerifier.create(engine.deliveries.recordReceipts(A, List.of())).verifyComplete();
        StepVerifier.create(engine.deliveries.recordReceipts(A, List.of(receipt)))
                .verifyComplete();

        assertThat(engine.receipts).containsExactly(receipt);
    }

    @Test
    void leaves_out_receipts_for_the_deliveries_of_another_workspace() {
        Receipt ours = failed(DeliveryId.of(diwali.id(), new CustomerId("c-1")));
        Receipt theirs = failed(DeliveryId.of(
                engine.drafted(B, "Holi", engine.defined(B, "all()")).id(), new CustomerId("c-2")));

        StepVerifier.create(engine.deliveries.recordReceipts(A, List.of(theirs, ours)))
                .verifyComplete();
        StepVerifier.create(engine.deliveries.recordReceipts(A, List.of(theirs)))
                .verifyComplete();

        assertThat(engine.receipts).containsExactly(ours);
    }

    private static Delivery pending(Campaign campaign, String customer) {
        return Delivery.pending(
                campaign.workspace(),
                campaign.id(),
                new CustomerId(customer),
                customer + "@example.com",
                new RenderedMessage(Optional.empty(), "Hi"),
                NOW);
    }

    private static Receipt failed(DeliveryId delivery) {
        return new Receipt(delivery, DeliveryStatus.FAILED, Optional.empty(), Optional.of("mailbox full"), NOW);
    }

    @Test
    void counts_a_campaigns_dead_letters_by_reason_and_hands_them_back_to_the_senders() {
        Campaign other = engine.drafted(A, "Other", engine.defined(A, "all()"));
        engine.queue
                .setAside(List.of(
                        letter(diwali, "c-1", "unreachable"),
                        letter(diwali, "c-2", "unreachable"),
                        letter(diwali, "c-3", "timed out"),
                        letter(other, "c-1", "unreachable")))
                .block();
        List<DeliveryRequest> requested = new ArrayList<>();
        engine.queue.deliveryRequests().map(Work::payload).subscribe(requested::add);

        DeadLetterReport report = engine.deliveries.deadLetters(A, diwali.id()).block();
        Long redriven = engine.deliveries.redriveDeadLetters(A, diwali.id()).block();

        assertThat(report).isEqualTo(new DeadLetterReport(diwali.id(), 3, Map.of("unreachable", 2L, "timed out", 1L)));
        assertThat(redriven).isEqualTo(3);
        assertThat(requested)
                .extracting(DeliveryRequest::customer)
                .containsExactlyInAnyOrder(new CustomerId("c-1"), new CustomerId("c-2"), new CustomerId("c-3"));
        assertThat(engine.deliveries.deadLetters(A, diwali.id()).block().count())
                .isZero();
        assertThat(engine.deliveries.deadLetters(A, other.id()).block().count()).isEqualTo(1);
    }

    @Test
    void the_dead_letters_of_a_campaign_outside_the_workspace_are_not_found() {
        assertThat(refusal(engine.deliveries.deadLetters(B, diwali.id())))
                .isEqualTo(new Problem.NotFound("campaign", diwali.id().value()));
        assertThat(refusal(engine.deliveries.redriveDeadLetters(A, new CampaignId("nope"))))
                .isEqualTo(new Problem.NotFound("campaign", "nope"));
    }

    private static DeadLetter letter(Campaign campaign, String customer, String reason) {
        CustomerId id = new CustomerId(customer);
        return new DeadLetter(
                new DeliveryRequest(campaign.workspace(), DeliveryId.of(campaign.id(), id), id),
                campaign.id(),
                reason,
                NOW);
    }
}
