package io.minicrm.adapter.http.segment;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.shared.TextLimits.Lengths;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A segment as a client defines it; its rule is text such as {@code "total_spend > 5000"} or a JSON rule object, or,
 * as the original system's clients send it, a {@code logicType} over a list of {@code conditions}.
 */
@Serdeable
@Schema(example = """
        {"name":"Big spenders gone quiet","description":"Spent over 5000, no order for 90 days",
        "rule":"total_spend > 5000 and last_order_at more than 90 days ago"}""")
public record SegmentRequest(
        @Nullable
        @Schema(
                maxLength = Lengths.SEGMENT_NAME,
                description = "required with rule; with logicType and conditions, the rule written as text when absent")
        String name,

        @Nullable @Schema(maxLength = Lengths.SEGMENT_DESCRIPTION)
        String description,

        @Nullable
        @Schema(
                description = "text such as \"total_spend > 5000\" or a JSON rule object; "
                        + "or else give logicType and conditions. " + Rule.SIZE_RULE + "; " + Rule.DEPTH_RULE)
        Object rule,

        @Nullable
        @Schema(
                description = "the original system's form of a rule: AND (every condition holds) or OR (any does), "
                        + "in any letter case, over conditions; AND when absent",
                defaultValue = "AND")
        String logicType,

        @Nullable
        @ArraySchema(
                maxItems = Rule.MAX_NODES - 1,
                arraySchema =
                        @Schema(
                                description =
                                        "the original system's form "
                                                + "of a rule: conditions {\"field\", \"op\", \"value\"}, where op may also be >, >=, <, <=, =, == or !=, the "
                                                + "field spend is total_spend and visits is order_count, and a number may come as text"))
        List<Object> conditions) {}
