package io.minicrm.adapter.http.web.order;

import io.micronaut.http.HttpRequest;

/** What htmx tells about a request: whether it came to swap in part of a page rather than load a whole one. */
public final class Htmx {

    private Htmx() {}

    /** An htmx request wants the part only; restoring history after a reload wants the whole page again. */
    public static boolean wantsPart(HttpRequest<?> request) {
        return request.getHeaders().contains("HX-Request")
                && !request.getHeaders().contains("HX-History-Restore-Request");
    }
}
