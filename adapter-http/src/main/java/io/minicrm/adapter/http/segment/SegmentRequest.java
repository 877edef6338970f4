package io.minicrm.adapter.http.segment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A segment as a client defines it; its rule is text such as {@code "total_spend > 5000"} or a JSON rule object. */
@Serdeable
public record SegmentRequest(@Nullable String name, @Nullable String description, @Nullable Object rule) {
}
