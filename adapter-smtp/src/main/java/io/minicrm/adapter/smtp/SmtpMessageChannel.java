package io.minicrm.adapter.smtp;

import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Optional;
import javax.net.ssl.SSLContext;

import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.application.port.out.SuppressionStore;
import io.minicrm.application.port.shared.UnsubscribeLinks;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.suppression.SuppressionReason;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import reactor.core.publisher.Mono;

/**
 * Sends e-mail over SMTP on pooled connections, no faster than the configured rate. A 2xx answer is SENT; a 4xx is an
 * error signal, so the pipeline tries again after a pause; a 5xx is FAILED with the server's reply, and a 5xx refusing
 * the recipient also suppresses the address as a hard bounce. A failure after the message's data was handed over
 * leaves unknown whether the server took it: it is FAILED with {@link #OUTCOME_UNKNOWN}, never sent again. Sends block,
 * so the engine runs them on its bounded blocking pool.
 */
public final class SmtpMessageChannel implements MessageChannel, AutoCloseable {

    public static final String OUTCOME_UNKNOWN =
            "outcome unknown: the connection failed after the message was handed over; not sent again";

    private final SmtpSettings settings;
    private final TransportPool pool;
    private final MessageComposer composer;
    private final TokenBucket rate;
    private final SuppressionStore suppressions;
    private final Clock clock;

    private SmtpMessageChannel(
            SmtpSettings settings, SSLContext tls, UnsubscribeLinks links, SuppressionStore suppressions, Clock clock) {
        this.settings = settings;
        this.pool = new TransportPool(settings, tls.getSocketFactory());
        this.composer = new MessageComposer(settings, links, clock);
        this.rate = new TokenBucket(settings.messagesPerSecond(), System::nanoTime);
        this.suppressions = suppressions;
        this.clock = clock;
    }

    /**
     * A channel to the configured server, once it accepted a connection and the credentials; an
     * {@link IllegalStateException} saying which it refused otherwise.
     */
    public static SmtpMessageChannel open(
            SmtpSettings settings, UnsubscribeLinks links, SuppressionStore suppressions, Clock clock) {
        try {
            return open(settings, SSLContext.getDefault(), links, suppressions, clock);
        } catch (NoSuchAlgorithmException noTls) {
            throw new IllegalStateException("this JVM offers no TLS to secure SMTP connections with", noTls);
        }
    }

    /**
     * As {@link #open(SmtpSettings, UnsubscribeLinks, SuppressionStore, Clock)}, trusting the server certificates
     * {@code tls} trusts instead of the JVM's: for a relay whose certificate a private authority signed.
     */
    public static SmtpMessageChannel open(
            SmtpSettings settings, SSLContext tls, UnsubscribeLinks links, SuppressionStore suppressions, Clock clock) {
        SmtpMessageChannel channel = new SmtpMessageChannel(settings, tls, links, suppressions, clock);
        channel.check().block();
        return channel;
    }

    /** Connects and signs in once, as a health check does; an error naming what the server refused. */
    public Mono<Void> check() {
        return Mono.<Void>fromRunnable(() -> {
            try {
                pool.check();
            } catch (AuthenticationFailedException refused) {
                throw new IllegalStateException(
                        "the SMTP server at " + where() + " refused the credentials of SMTP_USER: " + reply(refused),
                        refused);
            } catch (MessagingException unreachable) {
                throw new IllegalStateException(
                        "the SMTP server at " + where() + " cannot be reached: " + reply(unreachable), unreachable);
            }
        });
    }

    @Override
    public Mono<Receipt> send(Delivery delivery) {
        return Mono.fromCallable(() -> attempt(delivery))
                .flatMap(outcome -> outcome.hardBounce()
                        ? suppressions
                                .suppress(new Suppression(
                                        delivery.workspace(),
                                        Channel.EMAIL,
                                        delivery.recipient(),
                                        SuppressionReason.HARD_BOUNCED,
                                        outcome.receipt().reason(),
                                        clock.instant()))
                                .thenReturn(outcome.receipt())
                        : Mono.just(outcome.receipt()));
    }

    private Outcome attempt(Delivery delivery) throws MessagingException {
        jakarta.mail.internet.MimeMessage message;
        try {
            message = composer.compose(delivery, pool.session());
        } catch (AddressException notAnAddress) {
            return Outcome.of(failed(delivery, "not an e-mail address: " + delivery.recipient()));
        }
        rate.take();
        TrackedTransport transport = pool.borrow();
        try {
            transport.deliver(message);
        } catch (MessagingException failure) {
            Optional<SmtpReply> reply = SmtpReply.in(failure);
            // The server answered, so the connection still speaks SMTP; anything else leaves it in doubt.
            pool.giveBack(transport, reply.isPresent());
            if (reply.isEmpty()) {
                if (transport.dataHandedOver()) {
                    return Outcome.of(failed(delivery, OUTCOME_UNKNOWN));
                }
                throw failure;
            }
            if (reply.get().isTransient()) {
                throw failure;
            }
            return new Outcome(
                    failed(delivery, reply.get().reason()), reply.get().isHardBounce());
        }
        pool.giveBack(transport, true);
        return Outcome.of(new Receipt(
                delivery.id(),
                DeliveryStatus.SENT,
                Optional.of(composer.messageId(delivery)),
                Optional.empty(),
                clock.instant()));
    }

    private Receipt failed(Delivery delivery, String reason) {
        return new Receipt(
                delivery.id(), DeliveryStatus.FAILED, Optional.empty(), Optional.of(reason), clock.instant());
    }

    private String where() {
        return settings.host() + ":" + settings.port();
    }

    private static String reply(MessagingException failure) {
        return Optional.ofNullable(failure.getMessage())
                .orElse(failure.getClass().getSimpleName())
                .strip();
    }

    @Override
    public void close() {
        pool.close();
    }

    /** What one attempt came to: its receipt, and whether the address bounced hard. */
    private record Outcome(Receipt receipt, boolean hardBounce) {
        static Outcome of(Receipt receipt) {
            return new Outcome(receipt, false);
        }
    }
}
