package io.minicrm.adapter.http.web.settings;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.application.port.shared.Membership;
import io.minicrm.application.port.shared.User;

/** A member as the settings page lists them: who, their role, since when, and whether it is the owner looking. */
public record MemberRow(String user, String name, String email, String role, String since, boolean you) {

    static MemberRow of(Membership membership, User user, boolean you) {
        return new MemberRow(
                membership.user().value(),
                user.name(),
                user.email(),
                membership.role().wireName(),
                Formats.time(membership.since()),
                you);
    }
}
