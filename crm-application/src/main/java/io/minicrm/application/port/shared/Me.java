package io.minicrm.application.port.shared;

import java.util.List;
import java.util.Objects;

/** A signed-in user and the workspaces they belong to, each with their role. */
public record Me(User user, List<Membership> memberships) {

    public Me {
        Objects.requireNonNull(user, "user");
        memberships = List.copyOf(memberships);
    }
}
