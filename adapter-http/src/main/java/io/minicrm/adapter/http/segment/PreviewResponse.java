package io.minicrm.adapter.http.segment;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.adapter.http.customer.CustomerResponse;

/**
 * Who a rule selects now: how many, a sample of them, how many each node of the rule matches on its own, and how many
 * of them each channel would skip as it cannot reach them ({@code {"EMAIL": 0, "SMS": 111}}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // an empty sample is an answer, not a missing one
public record PreviewResponse(
        Map<String, Object> rule,
        String text,
        long size,
        List<CustomerResponse> sample,
        Explanation explanation,
        Map<String, Long> skippedBy) {

    /**
     * One node of the rule by its path ({@code ""} for the root), its text, its own matches, for an {@code all} how
     * many are left after each of its conditions in turn, and its children.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS) // keeps the root's path "" and a condition's empty children
    public record Explanation(
            String path, String text, long matches, List<Long> survivors, List<Explanation> children) {}
}
