package io.minicrm.adapter.http.segment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.domain.segment.Rule;
import io.swagger.v3.oas.annotations.media.Schema;

/** A rule to check or preview: text such as {@code "total_spend > 5000"} or a JSON rule object. */
@Serdeable
@Schema(example = """
        {"rule":{"all":[{"field":"total_spend","op":"gt","value":5000},
        {"any":[{"field":"order_count","op":"lt","value":3},{"field":"city","op":"in","value":["Pune","Mumbai"]}]}]}}""")
public record RuleRequest(
        @Nullable @Schema(description = "rule text or a JSON rule object; " + Rule.SIZE_RULE + "; " + Rule.DEPTH_RULE)
        Object rule) {}
