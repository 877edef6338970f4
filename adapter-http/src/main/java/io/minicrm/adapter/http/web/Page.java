package io.minicrm.adapter.http.web;

import java.util.Objects;

import io.micronaut.core.annotation.Nullable;
import io.minicrm.adapter.http.security.CsrfTokens;

/**
 * What the layout of every page needs: its title, the navigation entry it belongs to, who is looking, and the CSRF
 * token that htmx sends with every change (none outside a session: the local owner and tokens need none).
 */
public record Page(
        String title,
        Section section,
        Viewer viewer,
        @Nullable String csrfToken) {

    public Page {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(viewer, "viewer");
    }

    /** The value of the {@code hx-headers} attribute every page's body carries. */
    public String htmxHeaders() {
        return csrfToken == null ? "{}" : "{\"" + CsrfTokens.HEADER + "\": \"" + csrfToken + "\"}";
    }
}
