package io.minicrm.adapter.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Rule.All;
import io.minicrm.domain.segment.RulePath;
import io.minicrm.domain.segment.RuleTally.NodeCount;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A rule's counts as one aggregation: a facet per node and per step of an {@code all}, each counting the customers its
 * filter matches, so the server reads the workspace's customers once. Only for rules every part of which translates
 * exactly; the others are counted by the domain's evaluator.
 */
final class FacetTally {

    private final Function<AudienceQuery, Pushdown> translate;
    private final List<Facet> facets = new ArrayList<>();

    private FacetTally(Function<AudienceQuery, Pushdown> translate) {
        this.translate = translate;
    }

    /** The facets and how to read their counts back into a tree, or empty when a part cannot be translated exactly. */
    static Optional<FacetTally.Plan> plan(AudienceQuery query, Function<AudienceQuery, Pushdown> translate) {
        FacetTally tally = new FacetTally(translate);
        return tally.node(query, RulePath.ROOT).map(root -> new Plan(List.copyOf(tally.facets), root));
    }

    private Optional<Shape> node(AudienceQuery query, String path) {
        Rule rule = query.rule();
        Optional<String> own = facet(query);
        List<Optional<String>> steps = rule instanceof All all
                ? IntStream.rangeClosed(1, all.rules().size())
                        .mapToObj(count -> facet(query.about(new All(all.rules().subList(0, count)))))
                        .toList()
                : List.of();
        List<Optional<Shape>> children = RulePath.children(rule, path).stream()
                .map(child -> node(query.about(child.rule()), child.path()))
                .toList();
        if (own.isEmpty()
                || steps.stream().anyMatch(Optional::isEmpty)
                || children.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new Shape(
                path,
                rule,
                own.get(),
                steps.stream().map(Optional::orElseThrow).toList(),
                children.stream().map(Optional::orElseThrow).toList()));
    }

    private Optional<String> facet(AudienceQuery query) {
        Pushdown pushdown = translate.apply(query);
        if (!pushdown.exact()) {
            return Optional.empty();
        }
        String name = "f" + facets.size();
        facets.add(
                new Facet(name, Aggregates.match(pushdown.filter()), Aggregates.group(null, Accumulators.sum("n", 1))));
        return Optional.of(name);
    }

    /** The facets to run after the workspace's match, and the rule's shape to read their counts into. */
    record Plan(List<Facet> facets, Shape root) {
        Bson stage() {
            return Aggregates.facet(facets);
        }

        NodeCount read(Document counts) {
            return root.read(counts);
        }
    }

    /** One node and the facets counting it and its steps. */
    private record Shape(String path, Rule rule, String facet, List<String> steps, List<Shape> children) {
        NodeCount read(Document counts) {
            return new NodeCount(
                    path,
                    rule,
                    count(counts, facet),
                    steps.stream().map(step -> count(counts, step)).toList(),
                    children.stream().map(child -> child.read(counts)).toList());
        }

        // A facet that matched no one has no group at all.
        private static long count(Document counts, String facet) {
            List<Document> groups = counts.getList(facet, Document.class);
            return groups.isEmpty() ? 0 : ((Number) groups.getFirst().get("n")).longValue();
        }
    }
}
