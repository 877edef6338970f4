package io.minicrm.adapter.smtp;

import java.io.IOException;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP transport that remembers whether the last message's data was handed over (the final dot sent): a failure
 * after that point leaves unknown whether the server took the message, so the message must not be sent again.
 */
final class TrackedTransport extends SMTPTransport {

    private boolean dataHandedOver;

    TrackedTransport(Session session, boolean tls) {
        super(session, new URLName(tls ? "smtps" : "smtp", null, -1, null, null, null), tls ? "smtps" : "smtp", tls);
    }

    /** Sends the message; after a failure, {@link #dataHandedOver()} tells whether it came after the final dot. */
    void deliver(Message message) throws MessagingException {
        dataHandedOver = false;
        sendMessage(message, message.getAllRecipients());
    }

    boolean dataHandedOver() {
        return dataHandedOver;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        dataHandedOver = true;
        super.finishData();
    }
}
