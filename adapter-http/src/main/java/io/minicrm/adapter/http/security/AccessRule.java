package io.minicrm.adapter.http.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** The one rule: public routes are open, every other route needs a principal (401 without one). */
@Singleton
class AccessRule implements SecurityRule<HttpRequest<?>> {

    // Before the annotation and configuration rules, so that nothing else opens a route by accident.
    static final int ORDER = -200;

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        return Mono.just(
                PublicRoutes.isPublic(request) || authentication != null
                        ? SecurityRuleResult.ALLOWED
                        : SecurityRuleResult.REJECTED);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
