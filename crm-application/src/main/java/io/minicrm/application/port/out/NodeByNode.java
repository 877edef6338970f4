package io.minicrm.application.port.out;

import java.util.stream.IntStream;

import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Rule.All;
import io.minicrm.domain.segment.RulePath;
import io.minicrm.domain.segment.RuleTally.NodeCount;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A rule's counts asked of a store one node and one step at a time, for stores that cannot count them together. */
final class NodeByNode {

    private NodeByNode() {}

    static Mono<NodeCount> tally(CustomerStore store, WorkspaceId workspace, AudienceQuery query, String path) {
        Rule node = query.rule();
        Flux<Long> survivors = node instanceof All all
                ? Flux.range(1, all.rules().size())
                        .concatMap(steps -> store.countAudience(workspace, query.about(stepsOf(all, steps))))
                : Flux.empty();
        return Mono.zip(
                        store.countAudience(workspace, query),
                        survivors.collectList(),
                        Flux.fromIterable(RulePath.children(node, path))
                                .concatMap(child -> tally(store, workspace, query.about(child.rule()), child.path()))
                                .collectList())
                .map(counted -> new NodeCount(path, node, counted.getT1(), counted.getT2(), counted.getT3()));
    }

    private static Rule stepsOf(All all, int steps) {
        return new All(IntStream.range(0, steps).mapToObj(all.rules()::get).toList());
    }
}
