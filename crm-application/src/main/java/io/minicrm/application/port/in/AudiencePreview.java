package io.minicrm.application.port.in;

import java.util.List;
import java.util.Map;

import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Rule;

/**
 * Who a rule selects right now: how many, a few of them, for every node of the rule how many customers that node
 * alone matches and how many each step of an {@code all} leaves, so a marketer sees which condition shrinks the
 * audience, and how many of them each channel would skip as it cannot reach them (no phone number for an SMS).
 */
public record AudiencePreview(
        Rule rule,
        String text,
        long size,
        List<Customer> sample,
        Explanation explanation,
        Map<Channel, Long> skippedBy) {

    public AudiencePreview {
        sample = List.copyOf(sample);
        skippedBy = Map.copyOf(skippedBy);
    }

    /**
     * One node of the rule, by its path ({@code ""} for the root), its text and how many customers it matches; for an
     * {@code all}, how many are left after each of its conditions in turn (the last is its own count), else none.
     */
    public record Explanation(
            String path, String text, long matches, List<Long> survivors, List<Explanation> children) {
        public Explanation {
            survivors = List.copyOf(survivors);
            children = List.copyOf(children);
        }
    }
}
