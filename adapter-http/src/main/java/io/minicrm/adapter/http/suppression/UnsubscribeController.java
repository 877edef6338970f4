package io.minicrm.adapter.http.suppression;

import java.util.Map;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Suppressions;
import io.minicrm.domain.shared.Problem;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

/**
 * {@code /unsubscribe/{token}}: the signed link every message carries. A mail client's one-click POST (RFC 8058,
 * body {@code List-Unsubscribe=One-Click}) unsubscribes at once, with no sign-in and no redirect, and again changes
 * nothing; a browser's GET only shows a page with a button that makes the same POST, since mail scanners open links.
 */
// Not in the OpenAPI document: a page and a form post for mail clients and browsers, not a JSON operation.
@Hidden
@Controller("/unsubscribe")
public class UnsubscribeController {

    static final String ONE_CLICK = "One-Click";

    private static final String CONFIRM_PAGE = page(
            "Unsubscribe",
            "<p>Stop receiving these messages?</p>"
                    + "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                    + "<button type=\"submit\">Unsubscribe</button></form>");
    private static final String DONE_PAGE =
            page("Unsubscribed", "<p>You will not receive these messages any more.</p>");

    private final Suppressions suppressions;

    public UnsubscribeController(Suppressions suppressions) {
        this.suppressions = suppressions;
    }

    /** The confirmation page; it changes nothing. */
    @Get("/{token}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<String> confirm(String token) {
        return HttpResponse.ok(CONFIRM_PAGE);
    }

    /**
     * Unsubscribes the link's recipient from its channel: 200 with a short page; a 400 naming {@code token} for a link
     * this service did not sign, or naming {@code List-Unsubscribe} when the body does not ask for it.
     */
    @Post("/{token}")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Produces(MediaType.TEXT_HTML)
    @InvalidResponse
    public Mono<HttpResponse<String>> unsubscribe(String token, @Body Map<String, String> form) {
        if (!ONE_CLICK.equals(form.get("List-Unsubscribe"))) {
            return CrmException.refuse(
                    Problem.Invalid.of("List-Unsubscribe", "a one-click unsubscribe posts List-Unsubscribe=One-Click"));
        }
        return suppressions.unsubscribe(token).thenReturn(HttpResponse.ok(DONE_PAGE));
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title><meta name=\"robots\" content=\"noindex\"></head><body>" + body + "</body></html>";
    }
}
