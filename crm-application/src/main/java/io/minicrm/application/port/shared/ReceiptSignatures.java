package io.minicrm.application.port.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.minicrm.domain.workspace.WorkspaceId;

/**
 * Signatures of vendor receipt callbacks. A vendor sends {@value #HEADER}{@code : t=<unix seconds>,v1=<hex>}, the hex
 * being the HMAC-SHA256 of {@code <t>.<body>} under its workspace's vendor secret. The time is signed too, so a
 * captured callback is refused once it is older than the tolerance; within it a replay changes nothing, as a receipt
 * only ever moves a delivery forward.
 */
public final class ReceiptSignatures {

    public static final String HEADER = "X-Crm-Signature";

    /** Names the workspace whose vendor signed the callback; without it, the default workspace. */
    public static final String WORKSPACE_HEADER = "X-Crm-Workspace";

    /** The shortest vendor secret taken, for the reason {@link UnsubscribeLinks#MIN_SECRET_BYTES} gives. */
    public static final int MIN_SECRET_BYTES = UnsubscribeLinks.MIN_SECRET_BYTES;

    private static final HexFormat HEX = HexFormat.of();
    private static final String MISMATCH =
            "the " + HEADER + " header does not sign this body with the workspace's " + "vendor secret";

    private final Map<WorkspaceId, HmacSha256> secrets;
    private final Duration tolerance;

    public ReceiptSignatures(Map<WorkspaceId, byte[]> secrets, Duration tolerance) {
        secrets.forEach((workspace, secret) -> {
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("the vendor secret of workspace " + workspace + " has "
                        + secret.length + " bytes; it needs at least " + MIN_SECRET_BYTES);
            }
        });
        if (!tolerance.isPositive()) {
            throw new IllegalArgumentException("a signature's tolerance is positive, not " + tolerance);
        }
        this.secrets = secrets.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> new HmacSha256(entry.getValue())));
        this.tolerance = tolerance;
    }

    /** The {@value #HEADER} value a vendor sends with {@code body}, signed at {@code at}. */
    public static String sign(byte[] secret, Instant at, byte[] body) {
        long seconds = at.getEpochSecond();
        return "t=" + seconds + ",v1=" + HEX.formatHex(new HmacSha256(secret).of(material(seconds, body)));
    }

    /**
     * Why a callback to the workspace is refused: no header, one not read as above, one signed too long ago or ahead,
     * or one that does not match the body under the workspace's secret (as for a workspace without one). Empty when it
     * is signed.
     */
    public Optional<String> refusal(WorkspaceId workspace, Optional<String> header, byte[] body, Instant now) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.of("a receipt callback is signed: send the " + HEADER + " header");
        }
        Optional<Long> seconds = part(header.get(), "t").flatMap(ReceiptSignatures::number);
        Optional<byte[]> signature = part(header.get(), "v1").flatMap(ReceiptSignatures::hex);
        if (seconds.isEmpty() || signature.isEmpty()) {
            return Optional.of(HEADER + " reads t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">");
        }
        long signedAt = seconds.get();
        long lastAccepted = now.getEpochSecond() + tolerance.toSeconds();
        if (signedAt < now.getEpochSecond() - tolerance.toSeconds() || signedAt > lastAccepted) {
            return Optional.of("the signature's time t=" + signedAt + " is more than " + tolerance.toSeconds()
                    + " s away from the service's clock: a callback is signed when it is sent");
        }
        HmacSha256 secret = secrets.get(workspace);
        return secret != null && MessageDigest.isEqual(secret.of(material(seconds.get(), body)), signature.get())
                ? Optional.empty()
                : Optional.of(MISMATCH);
    }

    private static byte[] material(long seconds, byte[] body) {
        byte[] prefix = (seconds + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] material = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, material, 0, prefix.length);
        System.arraycopy(body, 0, material, prefix.length, body.length);
        return material;
    }

    private static Optional<String> part(String header, String name) {
        for (String part : header.split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0 && part.substring(0, equals).strip().equals(name)) {
                return Optional.of(part.substring(equals + 1).strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> hex(String text) {
        try {
            return Optional.of(HEX.parseHex(text));
        } catch (IllegalArgumentException notHex) {
            return Optional.empty();
        }
    }
}
