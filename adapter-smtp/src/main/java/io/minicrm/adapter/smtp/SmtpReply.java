package io.minicrm.adapter.smtp;

import java.util.Optional;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * The server's refusal found in a failed send, if the server answered at all: its code, its text and the command it
 * answered. A failure without one (a dropped connection, a time-out) is no reply.
 */
record SmtpReply(int code, String text, String command) {

    /**
     * The first reply with a code in the chain of exceptions a send failed with. A code of -1 is the client's own
     * report of a connection that closed before the server answered (its text {@code [EOF]}): no reply.
     */
    static Optional<SmtpReply> in(MessagingException failure) {
        Exception next = failure;
        while (next != null) {
            if (next instanceof SMTPAddressFailedException address && address.getReturnCode() > 0) {
                return Optional.of(new SmtpReply(address.getReturnCode(), address.getMessage(), address.getCommand()));
            }
            if (next instanceof SMTPSendFailedException send && send.getReturnCode() > 0) {
                return Optional.of(new SmtpReply(send.getReturnCode(), send.getMessage(), send.getCommand()));
            }
            next = next instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return Optional.empty();
    }

    boolean isTransient() {
        return code >= 400 && code < 500;
    }

    /** A permanent refusal of the recipient itself (no such user, mailbox unavailable): the address bounces hard. */
    boolean isHardBounce() {
        return (code == 550 || code == 551 || code == 553) && command.startsWith("RCPT");
    }

    String reason() {
        return text.strip();
    }
}
