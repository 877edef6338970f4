package io.minicrm.adapter.http.security;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * The workspace a browser chose with the web app's switcher, kept in the cookie {@value #NAME}: a page's links cannot
 * send the {@value AccessFilter#WORKSPACE_HEADER} header, which wins when both are sent. It grants nothing by itself:
 * a workspace the user does not belong to is refused as the header's is.
 */
public final class WorkspaceCookie {

    public static final String NAME = "crmWorkspace";

    private WorkspaceCookie() {}

    /** The cookie that makes the later requests of this browser act in {@code workspace}. */
    public static Cookie choosing(WorkspaceId workspace, HttpRequest<?> request) {
        return cookie(workspace.value(), request);
    }

    /** The cookie that forgets the choice, so that a stale one (the user left that workspace) refuses only once. */
    static Cookie forgotten(HttpRequest<?> request) {
        return cookie("", request).maxAge(0);
    }

    static Optional<String> of(HttpRequest<?> request) {
        return request.getCookies()
                .findCookie(NAME)
                .map(Cookie::getValue)
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    private static Cookie cookie(String value, HttpRequest<?> request) {
        return Cookie.of(NAME, value)
                .path("/")
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .secure(request.isSecure());
    }
}
