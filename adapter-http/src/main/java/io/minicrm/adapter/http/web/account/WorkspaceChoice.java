package io.minicrm.adapter.http.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The switcher's form: the workspace chosen. */
@Serdeable
public record WorkspaceChoice(@Nullable String workspace) {}
