package io.minicrm.adapter.http.web.account;

import java.net.URI;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;
import io.minicrm.adapter.http.security.PublicRoutes;
import io.minicrm.adapter.http.security.SignInMode;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code /sign-in}: a button per identity provider, and why the last sign-in was refused when it was (the provider's
 * refusals come back here with {@code ?refused}). In local mode there is no one to sign in: it leads to the dashboard.
 */
@Hidden
@Controller
public class SignInPage {

    /** The query parameter the refused sign-in's redirect carries. */
    static final String REFUSED = "refused";

    private final SignInMode mode;

    public SignInPage(SignInMode mode) {
        this.mode = mode;
    }

    @Get(uri = PublicRoutes.SIGN_IN, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> signIn(HttpRequest<?> request) {
        if (mode.isLocal()) {
            return HttpResponse.seeOther(URI.create("/"));
        }
        return HttpResponse.ok(new ModelAndView<>(
                        "account/sign-in",
                        Map.of(
                                "buttons",
                                mode.providers().stream().map(SignInButton::of).toList(),
                                "refused",
                                request.getParameters().contains(REFUSED))))
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store");
    }
}
