package io.minicrm.adapter.http.security;

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
            return refused("no Google ID token, or no sessions in this mode", from);
        }
        return verifier.verify(body.credential())
                .flatMap(claims -> mapper.signIn(IdTokenVerifier.PROVIDER, claims, from))
                .flatMap(answer -> answer.getAuthentication()
                        .map(authentication -> Mono.<MutableHttpResponse<?>>just(signedIn(authentication, request)))
                        .orElseGet(() -> refused(answer.getMessage().orElse("refused"), "")))
                .onErrorResume(IdTokenVerifier.Refused.class, why -> refused(why.getMessage(), from));
    }

    private MutableHttpResponse<?> signedIn(Authentication authentication, HttpRequest<?> request) {
        MutableHttpResponse<?> response = HttpResponse.noContent();
        cookies.orElseThrow().getCookies(authentication, request).forEach(response::cookie);
        return response;
    }

    private Mono<MutableHttpResponse<?>> refused(String reason, String from) {
        Mono<Void> audited = from.isEmpty() ? Mono.empty() : identity.signInRefused("Google ID token: " + reason, from);
        return audited.thenReturn(CrmExceptionHandler.respond(
                HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "the Google sign-in was not accepted", null));
    }
}
