package io.minicrm.adapter.http.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

/**
 * Session-bound CSRF tokens: an HMAC, under the signing secret, of the session's user and sign-in time, so that a
 * renewed cookie keeps its token and a new sign-in gets a new one. A page or script reads it from {@code GET /api/me}
 * and sends it back in {@value #HEADER}; a cross-site form can send the cookie but never knows the token, and no
 * server-side state is kept.
 */
@Singleton
public class CsrfTokens {

    public static final String HEADER = "X-CSRF-Token";

    private final SessionSettings settings;

    CsrfTokens(SessionSettings settings) {
        this.settings = settings;
    }

    /** The token of the request's session; empty without a session. */
    public Optional<String> of(HttpRequest<?> request) {
        Optional<Authentication> session =
                request.getUserPrincipal(Authentication.class).filter(Principals::isSession);
        return settings.secret()
                .flatMap(secret -> session.flatMap(signedIn -> Principals.signedIn(signedIn)
                        .map(at -> sign(secret, signedIn.getName() + ":" + at.getEpochSecond()))));
    }

    boolean matches(HttpRequest<?> request) {
        Optional<String> expected = of(request);
        Optional<String> sent = request.getHeaders().getFirst(HEADER);
        return expected.isPresent()
                && sent.isPresent()
                && MessageDigest.isEqual(
                        expected.get().getBytes(StandardCharsets.US_ASCII),
                        sent.get().getBytes(StandardCharsets.US_ASCII));
    }

    private static String sign(String secret, String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("csrf:" + session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("every JDK has HmacSHA256", missing);
        }
    }
}
