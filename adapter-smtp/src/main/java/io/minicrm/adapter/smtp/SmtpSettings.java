package io.minicrm.adapter.smtp;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Where and how the channel sends: the server, its credentials, the sender address, how the connection is secured,
 * the time-outs every connection gets, how many connections are kept open at once and how many messages a second
 * may be sent in all (0: no limit).
 */
public record SmtpSettings(
        String host,
        int port,
        Optional<String> user,
        Optional<String> password,
        String from,
        Security security,
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout,
        int connections,
        double messagesPerSecond) {

    /** How the connection is secured: not at all, upgraded with STARTTLS (required), or TLS from the start. */
    public enum Security {
        NONE,
        STARTTLS,
        TLS
    }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        if (host.isBlank()) {
            throw new IllegalArgumentException("SMTP_HOST is empty");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMTP_PORT is a port from 1 to 65535, not " + port);
        }
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("SMTP_USER and SMTP_PASS are given together or not at all");
        }
        try {
            new InternetAddress(from, true);
        } catch (AddressException notAnAddress) {
            throw new IllegalArgumentException("SMTP_FROM is not an e-mail address: " + from, notAnAddress);
        }
        for (Duration timeout : new Duration[] {connectTimeout, readTimeout, writeTimeout}) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("an SMTP time-out is longer than zero, not " + timeout);
            }
        }
        if (connections < 1) {
            throw new IllegalArgumentException("the SMTP channel keeps at least one connection, not " + connections);
        }
        if (!(messagesPerSecond >= 0)) {
            throw new IllegalArgumentException("a send rate is 0 (no limit) or more, not " + messagesPerSecond);
        }
    }

    /** The domain of the sender address, which every Message-ID ends with. */
    String fromDomain() {
        return from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip();
    }
}
