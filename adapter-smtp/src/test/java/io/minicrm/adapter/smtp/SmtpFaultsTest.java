package io.minicrm.adapter.smtp;

import static io.minicrm.adapter.smtp.SmtpFixture.LINKS;
import static io.minicrm.adapter.smtp.SmtpFixture.PATIENCE;
import static io.minicrm.adapter.smtp.SmtpFixture.QUICK;
import static io.minicrm.adapter.smtp.SmtpFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.minicrm.application.Crm;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.suppression.SuppressionReason;
import org.junit.jupiter.api.Test;

/**
 * Campaigns of a few dozen recipients through a scripted SMTP server that refuses, defers or drops: each ends
 * completed, with every recipient messaged exactly once or accounted for.
 */
class SmtpFaultsTest {

    private static final int RECIPIENTS = 30;
    private static final String ACCEPTED = "250 2.0.0 queued";

    private record Run(
            Campaign campaign,
            ScriptedSmtpServer server,
            List<Delivery> deliveries,
            InMemorySuppressionStore suppressions) {

        Map<String, Long> handedOverPerRecipient() {
            return server.handedOver.stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        }

        List<Delivery> in(DeliveryStatus status) {
            return deliveries.stream()
                    .filter(delivery -> delivery.status() == status)
                    .toList();
        }
    }

    private static Run campaignThrough(
            Function<String, String> rcptReply, BiFunction<String, Integer, Optional<String>> dotReply)
            throws IOException {
        InMemorySuppressionStore suppressions = new InMemorySuppressionStore();
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(rcptReply, dotReply);
                SmtpMessageChannel channel = SmtpMessageChannel.open(
                        SmtpFixture.settings(server.port(), 4), LINKS, suppressions, Clock.systemUTC());
                Crm crm = Crm.builder()
                        .messageChannel(channel)
                        .suppressionStore(suppressions)
                        .unsubscribeLinks(LINKS)
                        .pipelineSettings(QUICK)
                        .build()
                        .start()) {
            SmtpFixture.customers(crm, RECIPIENTS);
            Campaign completed = SmtpFixture.sentToEveryone(crm);
            List<Delivery> deliveries = crm.deliveries()
                    .list(SHOP, completed.id(), Optional.empty(), new PageRequest(0, 100))
                    .block(PATIENCE)
                    .items();
            return new Run(completed, server, deliveries, suppressions);
        }
    }

    @Test
    void a_five_hundred_for_a_recipient_fails_it_with_the_reply_and_suppresses_the_address_as_a_hard_bounce()
            throws IOException {
        Run run = campaignThrough(
                recipient -> recipient.startsWith("reader000") ? "550 5.1.1 user unknown" : "250 ok",
                (recipient, count) -> Optional.of(ACCEPTED));

        assertThat(run.campaign().status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(run.in(DeliveryStatus.FAILED))
                .hasSize(10)
                .allSatisfy(failed -> assertThat(failed.failureReason()).hasValue("550 5.1.1 user unknown"));
        assertThat(run.campaign().counters().sent()).isEqualTo(RECIPIENTS - 10);
        assertThat(run.suppressions().list(SHOP, PageRequest.FIRST).block().items())
                .hasSize(10)
                .allSatisfy(suppressed -> {
                    assertThat(suppressed.reason()).isEqualTo(SuppressionReason.HARD_BOUNCED);
                    assertThat(suppressed.channel()).isEqualTo(Channel.EMAIL);
                });
        assertThat(run.handedOverPerRecipient().values()).containsOnly(1L);
    }

    @Test
    void a_four_hundred_at_rcpt_is_tried_again_later_and_then_sent_once() throws IOException {
        Set<String> deferredOnce = ConcurrentHashMap.newKeySet();
        Run run = campaignThrough(
                recipient -> deferredOnce.add(recipient) ? "452 4.2.2 try again later" : "250 ok",
                (recipient, count) -> Optional.of(ACCEPTED));

        assertThat(run.campaign().status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(run.campaign().counters().sent()).isEqualTo(RECIPIENTS);
        assertThat(run.handedOverPerRecipient()).hasSize(RECIPIENTS);
        assertThat(run.handedOverPerRecipient().values()).containsOnly(1L);
    }

    @Test
    void a_connection_dropped_at_a_recipient_is_tried_again_and_the_message_then_sent_once() throws IOException {
        Set<String> droppedOnce = ConcurrentHashMap.newKeySet();
        Run run = campaignThrough(
                recipient -> recipient.equals("reader0007@example.com") && droppedOnce.add(recipient) ? "" : "250 ok",
                (recipient, count) -> Optional.of(ACCEPTED));

        assertThat(run.campaign().status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(run.campaign().counters().sent()).isEqualTo(RECIPIENTS);
        assertThat(run.handedOverPerRecipient()).hasSize(RECIPIENTS);
        assertThat(run.handedOverPerRecipient().values()).containsOnly(1L);
    }

    @Test
    void a_451_after_the_data_is_tried_again_and_the_message_then_accepted() throws IOException {
        Set<String> deferredOnce = ConcurrentHashMap.newKeySet();
        Run run = campaignThrough(
                recipient -> "250 ok",
                (recipient, count) ->
                        Optional.of(deferredOnce.add(recipient) ? "451 4.3.0 local error, try later" : ACCEPTED));

        assertThat(run.campaign().counters().sent()).isEqualTo(RECIPIENTS);
        // Refused with a 451, each message was handed over again: the server had said it did not take the first.
        assertThat(run.handedOverPerRecipient().values()).containsOnly(2L);
    }

    @Test
    void a_connection_dropped_after_the_final_dot_is_an_unknown_outcome_never_sent_again() throws IOException {
        Run run = campaignThrough(
                recipient -> "250 ok",
                (recipient, count) ->
                        recipient.equals("reader0007@example.com") ? Optional.empty() : Optional.of(ACCEPTED));

        assertThat(run.campaign().status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(run.in(DeliveryStatus.FAILED)).singleElement().satisfies(unknown -> {
            assertThat(unknown.recipient()).isEqualTo("reader0007@example.com");
            assertThat(unknown.failureReason()).hasValue(SmtpMessageChannel.OUTCOME_UNKNOWN);
        });
        assertThat(run.handedOverPerRecipient()).hasSize(RECIPIENTS);
        assertThat(run.handedOverPerRecipient().values()).containsOnly(1L);
        assertThat(run.campaign().counters().sent()).isEqualTo(RECIPIENTS - 1);
    }

    @Test
    void a_server_that_cannot_be_reached_refuses_the_start_saying_so() throws IOException {
        int closedPort;
        try (ScriptedSmtpServer gone = new ScriptedSmtpServer(r -> "250 ok", (r, n) -> Optional.of(ACCEPTED))) {
            closedPort = gone.port();
        }

        assertThatThrownBy(() -> SmtpMessageChannel.open(
                        SmtpFixture.settings(closedPort, 1), LINKS, new InMemorySuppressionStore(), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be reached")
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }
}
