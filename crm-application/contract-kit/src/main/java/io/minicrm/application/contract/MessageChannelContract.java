package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.template.RenderedMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageChannel} does. An adapter's test extends it, gives a new channel from {@link #newChannel()}
 * and says how many messages the far end took for a recipient ({@link #messagesTo}), from the outbox of a test server
 * or a fake vendor behind the channel. A send may be made from any thread, concurrently with others.
 */
public abstract class MessageChannelContract {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private MessageChannel channel;

    protected abstract MessageChannel newChannel();

    /** How many messages the channel's far end has taken for the recipient (an e-mail address or a phone number). */
    protected abstract long messagesTo(String recipient);

    @BeforeEach
    void createChannel() {
        channel = newChannel();
    }

    /** A pending delivery to the recipient, an e-mail with a subject or a text message without one. */
    protected static Delivery delivery(String campaign, String customer, String recipient, Optional<String> subject) {
        return Delivery.pending(
                        A,
                        new CampaignId(campaign),
                        new CustomerId(customer),
                        recipient,
                        new RenderedMessage(subject, "Hi " + customer + ", 10% off for you."),
                        NOW)
                .attempted(NOW)
                .get();
    }

    private static Delivery email(int n) {
        return delivery("sale", "c" + n, "c" + n + "@example.com", Optional.of("A gift for you"));
    }

    @Test
    void a_send_answers_with_the_receipt_of_its_delivery_sent_with_the_vendors_id_or_failed_with_its_reason() {
        Delivery delivery = email(1);

        Receipt receipt = channel.send(delivery).block(PATIENCE);

        assertThat(receipt).isNotNull();
        assertThat(receipt.delivery()).isEqualTo(delivery.id());
        assertThat(receipt.status()).isIn(DeliveryStatus.SENT, DeliveryStatus.FAILED);
        if (receipt.status() == DeliveryStatus.SENT) {
            assertThat(receipt.vendorId())
                    .as("the vendor's id of a message sent")
                    .isPresent();
        } else {
            assertThat(receipt.reason())
                    .as("the vendor's reason for a message refused")
                    .isPresent();
        }
    }

    @Test
    void a_message_sent_is_one_message_to_the_deliverys_recipient_and_a_message_refused_is_none() {
        Delivery delivery = email(1);

        Receipt receipt = channel.send(delivery).block(PATIENCE);

        assertThat(messagesTo(delivery.recipient())).isEqualTo(receipt.status() == DeliveryStatus.SENT ? 1 : 0);
        assertThat(messagesTo("nobody@example.com")).isZero();
    }

    @Test
    void a_text_message_without_a_subject_is_sent_to_a_phone_number() {
        Delivery text = delivery("sale", "c1", "+919800000001", Optional.empty());

        Receipt receipt = channel.send(text).block(PATIENCE);

        assertThat(receipt.delivery()).isEqualTo(text.id());
        assertThat(messagesTo("+919800000001")).isEqualTo(receipt.status() == DeliveryStatus.SENT ? 1 : 0);
    }

    @Test
    void sends_made_at_once_from_several_threads_are_each_answered_once_and_reach_their_own_recipients() {
        List<Delivery> deliveries =
                IntStream.range(0, 100).mapToObj(MessageChannelContract::email).toList();

        List<Receipt> receipts = Concurrently.call(deliveries.size(), n -> channel.send(deliveries.get(n)));

        assertThat(receipts)
                .extracting(Receipt::delivery)
                .containsExactlyInAnyOrderElementsOf(
                        deliveries.stream().map(Delivery::id).toList());
        assertThat(deliveries)
                .allSatisfy(
                        delivery -> assertThat(messagesTo(delivery.recipient())).isLessThanOrEqualTo(1));
        assertThat(deliveries.stream()
                        .mapToLong(delivery -> messagesTo(delivery.recipient()))
                        .sum())
                .isEqualTo(receipts.stream()
                        .filter(receipt -> receipt.status() == DeliveryStatus.SENT)
                        .count());
    }
}
