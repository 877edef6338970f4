package io.minicrm.adapter.http.web.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** The switcher's form: the workspace chosen. */
@Introspected
public record WorkspaceChoice(@Nullable String workspace) {}
