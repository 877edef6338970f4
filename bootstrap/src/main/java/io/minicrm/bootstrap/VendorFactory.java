package io.minicrm.bootstrap;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.minicrm.adapter.vendor.VendorMessageChannel;
import io.minicrm.adapter.vendor.VendorSettings;
import io.minicrm.application.port.shared.ReceiptSignatures;
import io.minicrm.domain.workspace.WorkspaceId;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vendor channel when {@code CRM_CHANNEL=vendor}, and the vendor secrets receipt callbacks are signed with: {@code CRM_VENDOR_SECRET} for the default workspace and
 * {@code CRM_VENDOR_SECRETS} ({@code <workspace>=<secret>}, comma-separated) for any other. A workspace without one
 * takes no callbacks; a secret shorter than 32 bytes stops the start.
 */
@Factory
class VendorFactory {

    private static final Logger LOG = LoggerFactory.getLogger(VendorFactory.class);

    @Singleton
    ReceiptSignatures receiptSignatures(
            @Value("${crm.vendor.secret}") String secret,
            @Value("${crm.vendor.secrets}") String secrets,
            @Value("${crm.vendor.signature-tolerance}") Duration tolerance) {
        Map<WorkspaceId, byte[]> keys = secrets(secret, secrets);
        if (keys.isEmpty()) {
            LOG.info("No vendor secret is set (CRM_VENDOR_SECRET): POST /api/delivery-receipts refuses every callback");
        }
        try {
            return new ReceiptSignatures(keys, tolerance);
        } catch (IllegalArgumentException weak) {
            throw new IllegalStateException(weak.getMessage() + " (CRM_VENDOR_SECRET, CRM_VENDOR_SECRETS)", weak);
        }
    }

    /** The secrets by workspace, as the service checks them and the vendor simulator signs with them. */
    static Map<WorkspaceId, byte[]> secrets(String secret, String secrets) {
        Map<WorkspaceId, byte[]> keys = new HashMap<>();
        for (String pair : secrets.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalStateException("CRM_VENDOR_SECRETS lists <workspace>=<secret> pairs, comma-separated");
            }
            keys.put(new WorkspaceId(pair.substring(0, equals).strip()), bytes(pair.substring(equals + 1)));
        }
        if (!secret.isBlank()) {
            keys.put(WorkspaceId.DEFAULT, bytes(secret));
        }
        return keys;
    }

    @Singleton
    @Requires(condition = VendorChosen.class)
    VendorMessageChannel vendor(
            @Value("${crm.vendor.url}") String url, @Value("${crm.vendor.timeout}") Duration timeout) {
        VendorSettings settings = new VendorSettings(URI.create(url.strip()), timeout);
        LOG.info("Channel: the vendor API at {}", settings.url());
        return new VendorMessageChannel(settings, Clock.systemUTC());
    }

    private static byte[] bytes(String secret) {
        return secret.strip().getBytes(StandardCharsets.UTF_8);
    }
}
