package io.minicrm.adapter.smtp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;

import io.minicrm.application.port.shared.UnsubscribeLinks;
import io.minicrm.domain.delivery.Delivery;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Writes one delivery as an e-mail: a text and an HTML part of the rendered message, each ending with the unsubscribe
 * link, the one-click unsubscribe headers of RFC 8058, and a Message-ID made from the delivery id, so that a message
 * sent twice is recognisable as the same one.
 */
final class MessageComposer {

    private final SmtpSettings settings;
    private final UnsubscribeLinks links;
    private final Clock clock;

    MessageComposer(SmtpSettings settings, UnsubscribeLinks links, Clock clock) {
        this.settings = settings;
        this.links = links;
        this.clock = clock;
    }

    String messageId(Delivery delivery) {
        String local = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(delivery.id().value().getBytes(StandardCharsets.UTF_8));
        return "<" + local + "@" + settings.fromDomain() + ">";
    }

    MimeMessage compose(Delivery delivery, Session session) throws MessagingException {
        String messageId = messageId(delivery);
        URI unsubscribe = links.linkFor(delivery.workspace(), delivery.id());
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(delivery.recipient(), true));
        message.setSubject(delivery.message().subject().orElse(""), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(delivery.message().body() + "\n\n--\nUnsubscribe: " + unsubscribe + "\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(html(delivery.message().body(), unsubscribe), "text/html; charset=UTF-8");
        MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
        message.setContent(alternatives);
        return message;
    }

    private static String html(String body, URI unsubscribe) {
        return "<!doctype html><html><body><p>" + escape(body).replace("\n", "<br>\n")
                + "</p><p style=\"font-size:small\"><a href=\"" + escape(unsubscribe.toString())
                + "\">Unsubscribe</a></p></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
