package io.minicrm.adapter.http.web;

import java.net.URI;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

/** What htmx tells about a request: whether it came to swap in part of a page rather than load a whole one. */
public final class Htmx {

    private Htmx() {}

    /** An htmx request wants the part only; restoring history after a reload wants the whole page again. */
    public static boolean wantsPart(HttpRequest<?> request) {
        return request.getHeaders().contains("HX-Request")
                && !request.getHeaders().contains("HX-History-Restore-Request");
    }

    /** Sends the browser to {@code path}: htmx follows its {@code HX-Redirect} header, a plain form post a 303. */
    public static <T> MutableHttpResponse<T> redirect(HttpRequest<?> request, String path) {
        return request.getHeaders().contains("HX-Request")
                ? HttpResponse.<T>ok().header("HX-Redirect", path)
                : HttpResponse.seeOther(URI.create(path));
    }
}
