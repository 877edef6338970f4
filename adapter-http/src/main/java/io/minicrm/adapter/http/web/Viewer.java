package io.minicrm.adapter.http.web;

import java.util.List;
import java.util.Objects;

/**
 * Who is looking at a page: the name the header shows, the workspace and role the page acts in, the other workspaces
 * they may switch to, and whether they signed in (the local owner has nothing to sign out of).
 */
public record Viewer(String name, String workspace, String role, List<String> workspaces, boolean signedIn) {

    public Viewer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(role, "role");
        workspaces = List.copyOf(workspaces);
    }

    /** A viewer reads; the pages hide the buttons that would change something rather than let them fail. */
    public boolean mayChange() {
        return !role.equals("viewer");
    }

    public boolean isOwner() {
        return role.equals("owner");
    }
}
