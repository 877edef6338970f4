package io.minicrm.adapter.smtp;

import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import javax.net.ssl.SSLSocketFactory;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * At most {@code connections} open SMTP connections, each used by one send at a time and kept open for the next;
 * one that failed below the protocol (a dropped connection, a time-out) is closed rather than used again.
 */
final class TransportPool implements AutoCloseable {

    private static final Logger LOG = Loggers.getLogger(TransportPool.class);

    private final SmtpSettings settings;
    private final Session session;
    private final Semaphore permits;
    private final BlockingQueue<TrackedTransport> idle = new LinkedBlockingQueue<>();

    TransportPool(SmtpSettings settings, SSLSocketFactory tls) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings, tls));
        this.permits = new Semaphore(settings.connections(), true);
    }

    Session session() {
        return session;
    }

    /** A connected transport for one send; waits while all connections are in use. */
    TrackedTransport borrow() throws MessagingException {
        try {
            permits.acquire();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new MessagingException("interrupted while waiting for an SMTP connection", interrupted);
        }
        TrackedTransport pooled = idle.poll();
        if (pooled != null) {
            return pooled;
        }
        try {
            return connected();
        } catch (MessagingException | RuntimeException refused) {
            permits.release();
            throw refused;
        }
    }

    /** Takes the transport back: kept for the next send if still sound, closed otherwise. */
    void giveBack(TrackedTransport transport, boolean sound) {
        if (sound) {
            idle.add(transport);
        } else {
            close(transport);
        }
        permits.release();
    }

    /** Opens a connection, signs in and closes it again: what a start and a health check ask of the server. */
    void check() throws MessagingException {
        close(connected());
    }

    @Override
    public void close() {
        TrackedTransport transport;
        while ((transport = idle.poll()) != null) {
            close(transport);
        }
    }

    private TrackedTransport connected() throws MessagingException {
        TrackedTransport transport = new TrackedTransport(session, settings.security() == SmtpSettings.Security.TLS);
        transport.connect(
                settings.host(),
                settings.port(),
                settings.user().orElse(null),
                settings.password().orElse(null));
        return transport;
    }

    private static void close(TrackedTransport transport) {
        try {
            transport.close();
        } catch (MessagingException alreadyBroken) {
            LOG.debug("Closing a broken SMTP connection failed: " + alreadyBroken.getMessage());
        }
    }

    private static Properties properties(SmtpSettings settings, SSLSocketFactory tls) {
        String prefix = settings.security() == SmtpSettings.Security.TLS ? "mail.smtps." : "mail.smtp.";
        Properties properties = new Properties();
        properties.put(prefix + "host", settings.host());
        properties.put(prefix + "port", String.valueOf(settings.port()));
        // A server that never answers must not hold a sender for ever.
        properties.put(
                prefix + "connectiontimeout",
                String.valueOf(settings.connectTimeout().toMillis()));
        properties.put(prefix + "timeout", String.valueOf(settings.readTimeout().toMillis()));
        properties.put(
                prefix + "writetimeout", String.valueOf(settings.writeTimeout().toMillis()));
        properties.put(prefix + "auth", String.valueOf(settings.user().isPresent()));
        properties.put(prefix + "from", settings.from());
        // RSET rather than NOOP to check a kept connection, so that each message starts from a clean state.
        properties.put(prefix + "userset", "true");
        properties.put(prefix + "ssl.checkserveridentity", "true");
        properties.put(prefix + "ssl.socketFactory", tls);
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (settings.security() == SmtpSettings.Security.TLS) {
            properties.put(prefix + "ssl.enable", "true");
        }
        return properties;
    }
}
