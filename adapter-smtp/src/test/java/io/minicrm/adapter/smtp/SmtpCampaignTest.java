package io.minicrm.adapter.smtp;

import static io.minicrm.adapter.smtp.SmtpFixture.LINKS;
import static io.minicrm.adapter.smtp.SmtpFixture.QUICK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.minicrm.application.Crm;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.domain.campaign.Campaign;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A campaign sent through a real SMTP server in the JVM: each recipient gets exactly one personalised message. */
class SmtpCampaignTest {

    private static final int RECIPIENTS = 2_000;

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void every_recipient_of_a_two_thousand_campaign_gets_exactly_one_personalised_message_with_unsubscribe_headers()
            throws MessagingException {
        InMemorySuppressionStore suppressions = new InMemorySuppressionStore();
        try (SmtpMessageChannel channel = SmtpMessageChannel.open(
                        SmtpFixture.settings(SERVER.getSmtp().getPort(), 8), LINKS, suppressions, Clock.systemUTC());
                Crm crm = Crm.builder()
                        .messageChannel(channel)
                        .suppressionStore(suppressions)
                        .unsubscribeLinks(LINKS)
                        .pipelineSettings(QUICK)
                        .build()
                        .start()) {
            SmtpFixture.customers(crm, RECIPIENTS);

            Campaign completed = SmtpFixture.sentToEveryone(crm);

            MimeMessage[] received = SERVER.getReceivedMessages();
            Map<String, Long> perRecipient = Arrays.stream(received)
                    .map(SmtpCampaignTest::recipient)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perRecipient).hasSize(RECIPIENTS);
            assertThat(perRecipient.values()).containsOnly(1L);
            assertThat(completed.counters().sent()).isEqualTo(received.length);
            assertThat(completed.counters().audience()).isEqualTo(RECIPIENTS);
            MimeMessage one = received[0];
            String number = recipient(one).replaceAll("\\D", "").replaceFirst("^0+(?=.)", "");
            assertThat(one.getSubject()).isEqualTo("News for Reader" + number);
            assertThat(GreenMailUtil.getBody(one)).contains("Hi Reader" + number + ",");
            assertThat(one.getHeader("List-Unsubscribe")[0]).startsWith("<https://crm.example.com/unsubscribe/");
            assertThat(one.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            assertThat(one.getMessageID()).endsWith("@example.com>");
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
