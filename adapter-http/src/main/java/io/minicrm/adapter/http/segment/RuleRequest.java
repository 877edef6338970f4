package io.minicrm.adapter.http.segment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A rule to check or preview: text such as {@code "total_spend > 5000"} or a JSON rule object. */
@Serdeable
public record RuleRequest(@Nullable Object rule) {
}
