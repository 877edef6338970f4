package io.minicrm.adapter.http.web.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The settings page's forms, as their fields arrive. */
public final class SettingsForms {

    private SettingsForms() {}

    /** A role chosen for a member. */
    @Serdeable
    public record RoleForm(@Nullable String role) {}

    /** An invitation: whom and in which role. */
    @Serdeable
    public record InvitationForm(
            @Nullable String email, @Nullable String role) {}

    /** A new API token: its name, role and days to live. */
    @Serdeable
    public record TokenForm(
            @Nullable String name,
            @Nullable String role,
            @Nullable Integer days) {}
}
