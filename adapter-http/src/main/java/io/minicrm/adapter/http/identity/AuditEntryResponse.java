package io.minicrm.adapter.http.identity;

import java.time.Instant;

import io.micronaut.serde.annotation.Serdeable;

/** One audited action: who, when, what, from where. */
@Serdeable
public record AuditEntryResponse(Instant at, String actor, String action, String detail, String from) {}
