package io.minicrm.adapter.smtp;

import static io.minicrm.adapter.smtp.SmtpFixture.LINKS;
import static io.minicrm.adapter.smtp.SmtpFixture.PATIENCE;
import static io.minicrm.adapter.smtp.SmtpFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.minicrm.application.Crm;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/**
 * The SMTP server stops in the middle of a campaign and comes back on the same port (listmonk #2313, where recipients
 * got up to five copies after such a drop): nobody gets a message twice and nobody is left out.
 */
class SmtpOutageTest {

    private static final int RECIPIENTS = 1_000;
    private static final int STOP_AFTER = 300;
    private static final Duration OUTAGE = Duration.ofMillis(700);
    /** Enough tries, with pauses growing from 50 ms, to ride out the outage. */
    private static final PipelineSettings PATIENT = new PipelineSettings(
            200, 2, 2, 16, 12, Duration.ofMillis(50), 200, Duration.ofMillis(20), Duration.ofSeconds(30), 20);

    @Test
    void a_server_that_stops_mid_campaign_and_comes_back_leaves_every_recipient_messaged_once_or_accounted_for()
            throws Exception {
        ServerSetup setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        GreenMail mail = new GreenMail(setup);
        mail.start();
        SmtpServer revived = new SmtpServer(setup, mail.getManagers());
        InMemorySuppressionStore suppressions = new InMemorySuppressionStore();
        try (SmtpMessageChannel channel = SmtpMessageChannel.open(
                        SmtpFixture.settings(setup.getPort(), 8), LINKS, suppressions, Clock.systemUTC());
                Crm crm = Crm.builder()
                        .messageChannel(channel)
                        .suppressionStore(suppressions)
                        .unsubscribeLinks(LINKS)
                        .pipelineSettings(PATIENT)
                        .build()
                        .start()) {
            SmtpFixture.customers(crm, RECIPIENTS);
            CompletableFuture<Integer> outage = CompletableFuture.supplyAsync(() -> {
                mail.waitForIncomingEmail(PATIENCE.toMillis(), STOP_AFTER);
                mail.getSmtp().stopService();
                int beforeTheStop = mail.getReceivedMessages().length;
                sleep(OUTAGE);
                revived.startService();
                return beforeTheStop;
            });

            Campaign completed = SmtpFixture.sentToEveryone(crm);

            int receivedBeforeTheStop = outage.get();
            assertThat(receivedBeforeTheStop).isBetween(STOP_AFTER, RECIPIENTS - 1);
            Map<String, Long> received = Arrays.stream(mail.getReceivedMessages())
                    .collect(Collectors.groupingBy(SmtpOutageTest::recipient, Collectors.counting()));
            List<Delivery> deliveries = deliveries(crm, completed);
            assertThat(completed.status()).isEqualTo(CampaignStatus.COMPLETED);
            assertThat(received.values()).as("messages per recipient").containsOnly(1L);
            assertThat(deliveries).hasSize(RECIPIENTS).allSatisfy(delivery -> {
                if (delivery.status() == DeliveryStatus.SENT) {
                    assertThat(received).containsKey(delivery.recipient());
                } else {
                    // Dropped after the final dot: the server may or may not have kept it, and it is not sent again.
                    assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
                    assertThat(delivery.failureReason()).hasValue(SmtpMessageChannel.OUTCOME_UNKNOWN);
                }
            });
            long sent = deliveries.stream()
                    .filter(delivery -> delivery.status() == DeliveryStatus.SENT)
                    .count();
            assertThat(completed.counters().sent()).isEqualTo(sent);
            assertThat(completed.counters().sent() + completed.counters().failed())
                    .isEqualTo(RECIPIENTS);
            assertThat(received.size()).isBetween((int) sent, RECIPIENTS);
        } finally {
            revived.stopService();
            mail.stop();
        }
    }

    private static List<Delivery> deliveries(Crm crm, Campaign campaign) {
        List<Delivery> all = new ArrayList<>();
        for (int page = 0; all.size() < RECIPIENTS; page++) {
            List<Delivery> items = crm.deliveries()
                    .list(SHOP, campaign.id(), Optional.empty(), new PageRequest(page, PageRequest.MAX_SIZE))
                    .block(PATIENCE)
                    .items();
            if (items.isEmpty()) {
                break;
            }
            all.addAll(items);
        }
        return all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
