package io.minicrm.adapter.http.security;

import java.util.List;
import java.util.Set;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;

/**
 * The routes a stranger may call: sign-in (its page, and the app's styles and scripts that page needs), health, the
 * API documentation, the one-click unsubscribe link (its own signature names whom it unsubscribes), and the vendor's
 * receipt callback, which no user session authenticates but its signature ({@link VendorSignatureFilter}). Everything
 * else needs a principal.
 */
public final class PublicRoutes {

    /** The sign-in page, where a browser asking for a page without a principal is sent. */
    public static final String SIGN_IN = "/sign-in";

    /** Exact paths open to anyone. */
    public static final Set<String> PATHS = Set.of("/health", "/api/auth/google", "/api-docs", SIGN_IN);

    /** Path prefixes open to anyone. */
    public static final List<String> PREFIXES =
            List.of("/oauth/", "/swagger/", "/api-docs/", "/unsubscribe/", "/assets/", "/webjars/");

    /** Open with this method only, to callers who sign their body as a workspace's vendor. */
    public static final String RECEIPTS = "/api/delivery-receipts";

    /**
     * Sign-out: a {@code POST} with the CSRF token, so that no other site's page can sign the user out; any role may.
     */
    static final String SIGN_OUT = "/logout";

    /** POST routes that only read, which a viewer may call. */
    static final Set<String> READING_POSTS =
            Set.of("/api/segment-rules/preview", "/api/segment-rules/validate", "/api/campaigns/messages");

    /** The assistant's routes only propose: nothing they answer is stored, so a viewer may ask them. */
    static final String PROPOSALS = "/api/ai/";

    private PublicRoutes() {}

    public static boolean isPublic(HttpRequest<?> request) {
        String path = request.getPath();
        return PATHS.contains(path)
                || PREFIXES.stream().anyMatch(path::startsWith)
                || (path.equals(RECEIPTS) && request.getMethod() == HttpMethod.POST);
    }

    static boolean isSignOut(HttpRequest<?> request) {
        return request.getPath().equals(SIGN_OUT);
    }

    static boolean changesData(HttpRequest<?> request) {
        return switch (request.getMethod()) {
            case GET, HEAD, OPTIONS, TRACE -> false;
            default ->
                !READING_POSTS.contains(request.getPath()) && !request.getPath().startsWith(PROPOSALS);
        };
    }
}
