package io.minicrm.application.port.shared;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * Signed one-click unsubscribe links, one per delivery: {@code <base>/unsubscribe/<token>}, the token naming the
 * workspace and delivery and carrying an HMAC-SHA256 of them under a secret only the service knows, so that nobody can
 * unsubscribe someone else by guessing or editing a link. The token holds no address.
 */
public final class UnsubscribeLinks {

    /** The shortest secret taken: an HMAC-SHA256 key of fewer than 32 bytes weakens the signature. */
    public static final int MIN_SECRET_BYTES = 32;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final HmacSha256 hmac;
    private final String base;

    public UnsubscribeLinks(byte[] secret, URI base) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "an unsubscribe secret has at least " + MIN_SECRET_BYTES + " bytes, not " + secret.length);
        }
        this.hmac = new HmacSha256(secret);
        String text = Objects.requireNonNull(base, "base").toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** What a signed link names. */
    public record Target(WorkspaceId workspace, DeliveryId delivery) {}

    public URI linkFor(WorkspaceId workspace, DeliveryId delivery) {
        return URI.create(base + "/unsubscribe/" + tokenFor(workspace, delivery));
    }

    public String tokenFor(WorkspaceId workspace, DeliveryId delivery) {
        String payload =
                ENCODER.encodeToString((workspace.value() + "\n" + delivery.value()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** What the token names, if this service signed it; empty for a token edited, cut or made up. */
    public Optional<Target> read(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            // Compared as text, not as decoded bytes: the last base64 character carries unused bits, so a decoder
            // would take several spellings of one signature and an edited link could still pass.
            byte[] expected = ENCODER.encodeToString(sign(payload)).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\n", 2);
            return Optional.of(new Target(new WorkspaceId(parts[0]), new DeliveryId(parts[1])));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        return hmac.of(("unsubscribe\n" + payload).getBytes(StandardCharsets.UTF_8));
    }
}
