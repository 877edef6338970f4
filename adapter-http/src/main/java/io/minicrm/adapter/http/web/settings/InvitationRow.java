package io.minicrm.adapter.http.web.settings;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.application.port.shared.Invitation;

/** An invitation not yet taken up, as the settings page lists it. */
public record InvitationRow(String email, String role, String at) {

    static InvitationRow of(Invitation invitation) {
        return new InvitationRow(invitation.email(), invitation.role().wireName(), Formats.time(invitation.at()));
    }
}
