package io.minicrm.application.service;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.AudiencePreview;
import io.minicrm.application.port.in.AudiencePreview.Explanation;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RulePath;
import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Counts who a rule selects, node by node, all at the same instant so that the figures agree with each other. */
final class AudienceExplainer {

    static final int MAX_SAMPLE = 100;

    private final CustomerStore customers;
    private final CrmSettings settings;

    AudienceExplainer(CustomerStore customers, CrmSettings settings) {
        this.customers = customers;
        this.settings = settings;
    }

    Mono<AudiencePreview> preview(WorkspaceId workspace, Rule rule, int sampleSize) {
        AudienceQuery whole = AudienceQuery.of(rule, settings.catalogue(), settings.clock());
        int sample = Math.clamp(sampleSize, 0, MAX_SAMPLE);
        return Mono.zip(customers.countAudience(workspace, whole),
                        customers.audience(workspace, whole).take(sample).collectList(),
                        explain(workspace, whole, rule, RulePath.ROOT))
                .map(figures -> new AudiencePreview(rule, RulePrinter.print(rule), figures.getT1(), figures.getT2(), figures.getT3()));
    }

    private Mono<Explanation> explain(WorkspaceId workspace, AudienceQuery at, Rule node, String path) {
        AudienceQuery query = new AudienceQuery(node, at.catalogue(), at.now(), at.zone());
        return customers.countAudience(workspace, query)
                .zipWith(Flux.fromIterable(RulePath.children(node, path))
                        .concatMap(child -> explain(workspace, at, child.rule(), child.path()))
                        .collectList())
                .map(counted -> new Explanation(path, RulePrinter.print(node), counted.getT1(), counted.getT2()));
    }
}
