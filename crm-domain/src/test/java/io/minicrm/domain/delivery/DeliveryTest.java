package io.minicrm.domain.delivery;

import static io.minicrm.domain.delivery.DeliveryStatus.DELIVERED;
import static io.minicrm.domain.delivery.DeliveryStatus.FAILED;
import static io.minicrm.domain.delivery.DeliveryStatus.PENDING;
import static io.minicrm.domain.delivery.DeliveryStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryTest {

    private static final Instant CREATED = Instant.parse("2026-11-24T06:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-24T06:05:00Z");
    private static final CampaignId CAMPAIGN = new CampaignId("spring-sale");
    private static final CustomerId ASHA = new CustomerId("c1");
    private static final DeliveryId ID = DeliveryId.of(CAMPAIGN, ASHA);

    private static Delivery pending() {
        return Delivery.pending(
                WorkspaceId.DEFAULT,
                CAMPAIGN,
                ASHA,
                "asha@example.com",
                new RenderedMessage(Optional.of("Hi Asha"), "10% off"),
                CREATED);
    }

    private static Delivery in(DeliveryStatus status) {
        Optional<String> reason = status == FAILED ? Optional.of("mailbox full") : Optional.empty();
        return new Delivery(
                WorkspaceId.DEFAULT,
                ID,
                CAMPAIGN,
                ASHA,
                "asha@example.com",
                new RenderedMessage(Optional.empty(), "10% off"),
                status,
                1,
                Optional.empty(),
                reason,
                CREATED,
                CREATED);
    }

    private static Receipt receipt(DeliveryStatus status) {
        return new Receipt(ID, status, Optional.of("v-" + status), Optional.of("bounced"), LATER);
    }

    @Test
    void a_new_delivery_is_pending_and_identified_by_campaign_and_customer() {
        Delivery delivery = pending();

        assertThat(delivery.id()).isEqualTo(new DeliveryId("spring-sale:c1"));
        assertThat(delivery.status()).isEqualTo(PENDING);
        assertThat(delivery.attempts()).isZero();
        assertThat(delivery.vendorId()).isEmpty();
        assertThat(delivery.updatedAt()).isEqualTo(CREATED);
    }

    @ParameterizedTest(name = "{0} receiving {1} moves: {2}")
    @CsvSource({
        "PENDING, SENT, true", "PENDING, DELIVERED, true", "PENDING, FAILED, true",
        "SENT, SENT, false", "SENT, DELIVERED, true", "SENT, FAILED, true",
        "DELIVERED, SENT, false", "DELIVERED, DELIVERED, false", "DELIVERED, FAILED, false",
        "FAILED, SENT, false", "FAILED, DELIVERED, false", "FAILED, FAILED, false"
    })
    void a_receipt_applies_only_if_it_moves_the_status_forward(DeliveryStatus from, DeliveryStatus to, boolean moves) {
        Optional<DeliveryUpdated> update = in(from).advance(receipt(to), LATER);

        assertThat(update.isPresent()).isEqualTo(moves);
        update.ifPresent(moved -> {
            assertThat(moved.from()).isEqualTo(from);
            assertThat(moved.delivery().status()).isEqualTo(to);
            assertThat(moved.delivery().vendorId()).contains("v-" + to);
            assertThat(moved.delivery().updatedAt()).isEqualTo(LATER);
            assertThat(moved.occurredAt()).isEqualTo(LATER);
        });
    }

    @Test
    void repeated_receipt_changes_nothing() {
        Delivery sent = pending().advance(receipt(SENT), LATER).orElseThrow().delivery();

        assertThat(sent.advance(receipt(SENT), LATER.plusSeconds(60))).isEmpty();
    }

    @Test
    void a_sent_receipt_arriving_after_the_delivery_confirmation_changes_nothing() {
        Delivery delivered =
                pending().advance(receipt(DELIVERED), LATER).orElseThrow().delivery();

        assertThat(delivered.advance(receipt(SENT), LATER.plusSeconds(60))).isEmpty();
        assertThat(delivered.status()).isEqualTo(DELIVERED);
    }

    @Test
    void keeps_the_vendor_id_when_a_later_receipt_has_none() {
        Delivery sent = pending().advance(receipt(SENT), LATER).orElseThrow().delivery();

        Delivery delivered = sent.advance(new Receipt(ID, DELIVERED, Optional.of("  "), Optional.empty(), LATER), LATER)
                .orElseThrow()
                .delivery();

        assertThat(delivered.vendorId()).contains("v-SENT");
    }

    @Test
    void only_a_failure_records_its_reason() {
        assertThat(in(SENT).advance(receipt(FAILED), LATER)
                        .orElseThrow()
                        .delivery()
                        .failureReason())
                .contains("bounced");
        assertThat(in(SENT).advance(receipt(DELIVERED), LATER)
                        .orElseThrow()
                        .delivery()
                        .failureReason())
                .isEmpty();
    }

    @Test
    void counts_attempts_while_pending_and_refuses_to_send_again_once_sent() {
        Delivery twice = pending()
                .attempted(LATER)
                .flatMap(once -> once.attempted(LATER))
                .get();

        assertThat(twice.attempts()).isEqualTo(2);
        assertThat(twice.updatedAt()).isEqualTo(LATER);
        assertThat(in(SENT).attempted(LATER).getLeft())
                .isEqualTo(new Problem.Conflict("delivery spring-sale:c1 is SENT, so it is not sent again"));
    }

    @Test
    void the_update_time_never_goes_back() {
        Delivery delivered = pending()
                .advance(receipt(SENT), LATER)
                .orElseThrow()
                .delivery()
                .advance(receipt(DELIVERED), CREATED)
                .orElseThrow()
                .delivery();

        assertThat(delivered.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void applying_another_deliverys_receipt_is_a_bug() {
        Receipt elsewhere = new Receipt(new DeliveryId("other:c1"), SENT, Optional.empty(), Optional.empty(), LATER);

        assertThatThrownBy(() -> pending().advance(elsewhere, LATER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_delivery_is_always_the_one_of_its_campaign_and_customer() {
        assertThatThrownBy(() -> new Delivery(
                        WorkspaceId.DEFAULT,
                        new DeliveryId("spring-sale:c2"),
                        CAMPAIGN,
                        ASHA,
                        "asha@example.com",
                        new RenderedMessage(Optional.empty(), "hi"),
                        PENDING,
                        0,
                        Optional.empty(),
                        Optional.empty(),
                        CREATED,
                        CREATED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_receipt_never_reports_a_pending_delivery() {
        assertThatThrownBy(() -> new Receipt(ID, PENDING, Optional.empty(), Optional.empty(), LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_skipped_delivery_has_no_recipient_and_no_message_and_takes_no_receipt() {
        Delivery skipped = Delivery.skipped(WorkspaceId.DEFAULT, CAMPAIGN, ASHA, CREATED);

        assertThat(skipped.status()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(skipped.recipient()).isEmpty();
        assertThat(skipped.message()).isEqualTo(RenderedMessage.NONE);
        assertThat(skipped.advance(receipt(SENT), LATER)).isEmpty();
        assertThat(skipped.attempted(LATER).isLeft()).isTrue();
    }

    @Test
    void a_suppressed_delivery_keeps_its_address_and_is_never_sent() {
        Delivery suppressed = Delivery.suppressed(WorkspaceId.DEFAULT, CAMPAIGN, ASHA, "asha@example.com", CREATED);

        assertThat(suppressed.recipient()).isEqualTo("asha@example.com");
        assertThat(suppressed.advance(receipt(DELIVERED), LATER)).isEmpty();
        assertThat(suppressed.attempted(LATER).isLeft()).isTrue();
    }

    @Test
    void only_a_skipped_delivery_goes_without_a_recipient() {
        assertThatThrownBy(() -> Delivery.suppressed(WorkspaceId.DEFAULT, CAMPAIGN, ASHA, " ", CREATED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nobody_reports_a_delivery_as_skipped_or_suppressed() {
        assertThatThrownBy(() -> new Receipt(ID, DeliveryStatus.SKIPPED, Optional.empty(), Optional.empty(), LATER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Receipt(ID, DeliveryStatus.SUPPRESSED, Optional.empty(), Optional.empty(), LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
