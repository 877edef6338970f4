package io.minicrm.bootstrap;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.minicrm.application.port.shared.UnsubscribeLinks;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs the unsubscribe links messages carry with {@code CRM_UNSUBSCRIBE_SECRET}, under {@code CRM_PUBLIC_URL}.
 * Without a secret the service signs with a random one and says so: its links stop working when it restarts, which
 * only the simulated channel, sending nothing, can live with.
 */
@Factory
class LinkFactory {

    private static final Logger LOG = LoggerFactory.getLogger(LinkFactory.class);

    @Singleton
    UnsubscribeLinks unsubscribeLinks(
            @Value("${crm.public-url}") String publicUrl, @Value("${crm.unsubscribe-secret}") String secret) {
        URI base = URI.create(publicUrl.strip());
        if (!secret.isBlank()) {
            byte[] key = secret.strip().getBytes(StandardCharsets.UTF_8);
            if (key.length < UnsubscribeLinks.MIN_SECRET_BYTES) {
                throw new IllegalStateException("CRM_UNSUBSCRIBE_SECRET has " + key.length
                        + " bytes; it needs at least " + UnsubscribeLinks.MIN_SECRET_BYTES);
            }
            return new UnsubscribeLinks(key, base);
        }
        LOG.warn("CRM_UNSUBSCRIBE_SECRET is not set: unsubscribe links are signed with a random secret and stop "
                + "working when the service restarts");
        byte[] random = new byte[UnsubscribeLinks.MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(random);
        return new UnsubscribeLinks(random, base);
    }
}
