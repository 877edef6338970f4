package io.minicrm.application.assistant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.minicrm.application.CrmException;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.RuleProposal;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleParser;
import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A lookalike of a seed segment: the fields where the seed's customers differ most from the rest (spend, orders,
 * recency, city, tags) become conditions, and the seed's own rule is excluded, so the proposal finds new customers who
 * resemble it. Its preview shows whom.
 */
final class Lookalikes {

    /** Customers compared; a larger workspace is compared on its first ones. */
    static final int CUSTOMER_SAMPLE = 20_000;

    private final SegmentStore segmentStore;
    private final CustomerStore customers;
    private final Segments segments;
    private final CrmSettings settings;

    Lookalikes(SegmentStore segmentStore, CustomerStore customers, Segments segments, CrmSettings settings) {
        this.segmentStore = segmentStore;
        this.customers = customers;
        this.segments = segments;
        this.settings = settings;
    }

    Mono<RuleProposal> propose(WorkspaceId workspace, SegmentId id) {
        Instant now = settings.clock().instant();
        ZoneId zone = settings.clock().getZone();
        return segmentStore
                .findById(workspace, id)
                .switchIfEmpty(CrmException.notFound("segment", id))
                .flatMap(seed -> Mono.zip(
                                audience(workspace, seed.rule(), now, zone)
                                        .map(Customer::id)
                                        .collect(Collectors.toSet()),
                                audience(workspace, Rule.all(), now, zone).collectList())
                        .flatMap(found -> proposal(workspace, seed, found.getT1(), found.getT2(), now, zone)));
    }

    private Flux<Customer> audience(WorkspaceId workspace, Rule rule, Instant now, ZoneId zone) {
        return customers
                .audience(workspace, new AudienceQuery(rule, settings.catalogue(), now, zone))
                .take(CUSTOMER_SAMPLE);
    }

    private Mono<RuleProposal> proposal(
            WorkspaceId workspace,
            Segment seed,
            Set<CustomerId> seedIds,
            List<Customer> everyone,
            Instant now,
            ZoneId zone) {
        List<Customer> inSeed = everyone.stream()
                .filter(customer -> seedIds.contains(customer.id()))
                .toList();
        List<Customer> rest = everyone.stream()
                .filter(customer -> !seedIds.contains(customer.id()))
                .toList();
        if (inSeed.isEmpty() || rest.isEmpty()) {
            return CrmException.refuse(new Problem.Unanswerable("the seed segment '" + seed.name() + "' has "
                    + inSeed.size() + " customers and the rest " + rest.size() + ": there is nothing to compare"));
        }
        // A field the seed's rule already tests would only restate the seed, which the proposal excludes.
        Set<String> tested = fields(seed.rule());
        List<Difference> ranked = Differences.of(new Differences.Groups(inSeed, rest), now, zone).stream()
                .filter(difference -> !tested.contains(difference.field()))
                .sorted(Comparator.comparingDouble(Difference::strength).reversed())
                .toList();
        // Only the strong differences: each condition narrows the lookalike, so a weak one would mostly lose people.
        List<Difference> differences = ranked.stream()
                .filter(difference -> difference.strength() >= ranked.getFirst().strength() / 2)
                .limit(2)
                .toList();
        if (differences.isEmpty()) {
            return CrmException.refuse(new Problem.Unanswerable("the seed segment '" + seed.name()
                    + "' does not differ from the other customers in spend, orders, recency, city or tags"));
        }
        String conditions = differences.stream().map(Difference::condition).collect(Collectors.joining(" and "));
        Rule rule = Rule.all(
                RuleParser.parse(conditions).getOrElseThrow(error -> new IllegalStateException(error.message())),
                Rule.not(seed.rule()));
        String explanation = "Like '" + seed.name() + "' (" + inSeed.size() + " customers against " + rest.size()
                + " others): " + differences.stream().map(Difference::evidence).collect(Collectors.joining("; "))
                + "; the seed itself is left out.";
        return segments.preview(workspace, new RuleSource.Tree(rule), RuleDrafting.PREVIEW_SAMPLE)
                .map(preview -> new RuleProposal(
                        RulePrinter.print(preview.rule()), preview.rule(), preview, explanation, "offline"));
    }

    /** One field where the seed stands out, how strongly (a ratio, 1 being no difference), and its condition. */
    record Difference(String field, String condition, double strength, String evidence) {}

    private static Set<String> fields(Rule rule) {
        return switch (rule) {
            case Rule.All(List<Rule> rules) ->
                rules.stream().flatMap(r -> fields(r).stream()).collect(Collectors.toSet());
            case Rule.Any(List<Rule> rules) ->
                rules.stream().flatMap(r -> fields(r).stream()).collect(Collectors.toSet());
            case Rule.Not(Rule negated) -> fields(negated);
            case Rule.Condition condition -> Set.of(condition.field());
        };
    }
}
