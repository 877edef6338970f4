package io.minicrm.application.port.in;

/** The outcome of create-or-update: the stored value and whether it was new. */
public record Upserted<T>(T value, boolean created) {}
