package io.minicrm.adapter.http.web.customer;

import java.util.Map;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import io.minicrm.adapter.http.web.Pages;
import io.minicrm.adapter.http.web.Section;
import reactor.core.publisher.Mono;

/** The page a link to something the workspace does not hold leads to: a 404 in the layout, saying what is missing. */
final class Missing {

    private Missing() {}

    static Mono<HttpResponse<ModelAndView<Map<String, Object>>>> page(
            Pages pages, HttpRequest<?> request, Section section, String what) {
        return pages.render(
                        request,
                        "Not found",
                        section,
                        "customer/missing",
                        Map.of("what", what, "back", section.path(), "backLabel", section.label()))
                .map(found -> HttpResponse.<ModelAndView<Map<String, Object>>>notFound(found.body())
                        .contentType(MediaType.TEXT_HTML_TYPE)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store"));
    }
}
