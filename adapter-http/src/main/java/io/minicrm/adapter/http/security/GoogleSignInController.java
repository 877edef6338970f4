package io.minicrm.adapter.http.security;

import java.util.Map;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import io.minicrm.adapter.http.CrmExceptionHandler;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.application.port.in.Identity;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/auth/google}: the single-page sign-in. The page sends the ID token Google's button gave it; once
 * verified, the same session cookie as the redirect flow's is set. Any refusal is a bare 401, with the reason kept in
 * the audit trail, and nothing is created.
 */
@Controller("/api/auth/google")
public class GoogleSignInController {

    private final IdTokenVerifier verifier;
    private final CrmOpenIdMapper mapper;
    private final Identity identity;
    private final Optional<TokenCookieLoginHandler> cookies;

    GoogleSignInController(
            IdTokenVerifier verifier,
            CrmOpenIdMapper mapper,
            Identity identity,
            Optional<TokenCookieLoginHandler> cookies) {
        this.verifier = verifier;
        this.mapper = mapper;
        this.identity = identity;
        this.cookies = cookies;
    }

    @Post
    @InvalidResponse
    public Mono<MutableHttpResponse<?>> signIn(HttpRequest<?> request, @Body GoogleSignInRequest body) {
        String from = AccessFilter.addressOf(request);
        if (cookies.isEmpty() || body.credential() == null) {
            return audited("Google ID token: none sent, or no sessions in this mode", Map.of(), from);
        }
        return verifier.verify(body.credential())
                .flatMap(claims -> mapper.signIn(IdTokenVerifier.PROVIDER, claims, from))
                .<MutableHttpResponse<?>>map(answer -> answer.getAuthentication()
                        .<MutableHttpResponse<?>>map(authentication -> signedIn(authentication, request))
                        // The mapper has put the refusal in the audit log already.
                        .orElseGet(GoogleSignInController::refusal))
                .onErrorResume(
                        IdTokenVerifier.Refused.class,
                        why -> audited("Google ID token refused: " + why.getMessage(), why.claimed(), from));
    }

    private MutableHttpResponse<?> signedIn(Authentication authentication, HttpRequest<?> request) {
        MutableHttpResponse<?> response = HttpResponse.noContent();
        cookies.orElseThrow().getCookies(authentication, request).forEach(response::cookie);
        return response;
    }

    private Mono<MutableHttpResponse<?>> audited(String reason, Map<String, Object> claimed, String from) {
        return identity.signInRefused(ClaimMapping.claimed(claimed), reason, from)
                .<MutableHttpResponse<?>>thenReturn(refusal());
    }

    private static MutableHttpResponse<?> refusal() {
        return CrmExceptionHandler.respond(
                HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "the Google sign-in was not accepted", null);
    }
}
