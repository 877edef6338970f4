package io.minicrm.application.port.out;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleEvaluator;

/**
 * Who a rule selects at one instant: relative dates are resolved against {@code now} in {@code zone}. A store may
 * translate the rule into its own query language, but must return exactly the customers {@link #evaluator()} matches.
 */
public record AudienceQuery(Rule rule, FieldCatalogue catalogue, Instant now, ZoneId zone) {

    public AudienceQuery {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
    }

    public static AudienceQuery of(Rule rule, FieldCatalogue catalogue, Clock clock) {
        return new AudienceQuery(rule, catalogue, clock.instant(), clock.getZone());
    }

    /** Another rule at the same instant, such as one node of this query's rule. */
    public AudienceQuery about(Rule other) {
        return new AudienceQuery(other, catalogue, now, zone);
    }

    public RuleEvaluator evaluator() {
        return new RuleEvaluator(catalogue, Clock.fixed(now, zone));
    }
}
