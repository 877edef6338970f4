package io.minicrm.application.port.shared;

import java.util.Locale;
import java.util.Optional;

/** What a member may do in a workspace. */
public enum Role {
    /** Everything, including members, API tokens and the audit log. */
    OWNER,
    /** Everything but members, API tokens and the audit log. */
    MARKETER,
    /** Reads only. */
    VIEWER;

    public boolean mayChangeData() {
        return this != VIEWER;
    }

    public boolean mayManageWorkspace() {
        return this == OWNER;
    }

    /** A role may only hand out roles that do no more than itself. */
    public boolean covers(Role other) {
        return ordinal() <= other.ordinal();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> ofWireName(String name) {
        for (Role role : values()) {
            if (role.wireName().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
