package io.minicrm.application.port.out;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.OptOuts;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleEvaluator;

/**
 * Who a rule selects at one instant: relative dates are resolved against {@code now} in {@code zone}, and
 * {@code unsubscribed} against {@code optOuts}. A store may translate the rule into its own query language, but must
 * return exactly the customers {@link #evaluator()} matches.
 */
public record AudienceQuery(Rule rule, FieldCatalogue catalogue, Instant now, ZoneId zone, OptOuts optOuts) {

    public AudienceQuery {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(optOuts, "optOuts");
    }

    /** A query without opt-outs: the engine adds the workspace's to those whose rule names {@code unsubscribed}. */
    public AudienceQuery(Rule rule, FieldCatalogue catalogue, Instant now, ZoneId zone) {
        this(rule, catalogue, now, zone, OptOuts.NONE);
    }

    public static AudienceQuery of(Rule rule, FieldCatalogue catalogue, Clock clock) {
        return new AudienceQuery(rule, catalogue, clock.instant(), clock.getZone());
    }

    /** Another rule at the same instant, such as one node of this query's rule. */
    public AudienceQuery about(Rule other) {
        return new AudienceQuery(other, catalogue, now, zone, optOuts);
    }

    public AudienceQuery withOptOuts(OptOuts current) {
        return new AudienceQuery(rule, catalogue, now, zone, current);
    }

    public RuleEvaluator evaluator() {
        return new RuleEvaluator(catalogue, optOuts, Clock.fixed(now, zone));
    }

    /** Without the opt-outs, which may be many thousands of addresses. */
    @Override
    public String toString() {
        return "AudienceQuery[rule=" + rule + ", now=" + now + ", zone=" + zone + ", optOuts="
                + (optOuts.emails().size() + optOuts.phones().size()) + "]";
    }
}
