package io.minicrm.application.service;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.AudiencePreview;
import io.minicrm.application.port.in.AudiencePreview.Explanation;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RulePath;
import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts who a rule selects, node by node, all at the same instant so that the figures agree with each other. The
 * counts are cached per rule and calendar day (rules speak of days, so a day's counts hold all day) until the
 * workspace changes; the sample is read afresh.
 */
final class AudienceExplainer {

    static final int MAX_SAMPLE = 100;
    private static final Duration KEPT_FOR = Duration.ofMinutes(10);

    private final CustomerStore customers;
    private final ReadThrough cache;
    private final CrmSettings settings;

    AudienceExplainer(CustomerStore customers, Cache cache, CrmSettings settings) {
        this.customers = customers;
        this.cache = new ReadThrough(cache);
        this.settings = settings;
    }

    Mono<AudiencePreview> preview(WorkspaceId workspace, Rule rule, int sampleSize) {
        AudienceQuery whole = AudienceQuery.of(rule, settings.catalogue(), settings.clock());
        String text = RulePrinter.print(rule);
        int sample = Math.clamp(sampleSize, 0, MAX_SAMPLE);
        // "v2": counts cached before the channels' skipped figures were added lack them.
        String key = "audience:v2:" + LocalDate.ofInstant(whole.now(), whole.zone()) + ":" + text;
        return Mono.zip(
                        cache.read(
                                workspace,
                                key,
                                AudienceCounts.class,
                                KEPT_FOR,
                                Mono.defer(() -> count(workspace, whole, rule))),
                        customers.audience(workspace, whole).take(sample).collectList())
                .map(figures -> new AudiencePreview(
                        rule,
                        text,
                        figures.getT1().size(),
                        figures.getT2(),
                        figures.getT1().explanation(),
                        figures.getT1().skippedBy()));
    }

    private Mono<AudienceCounts> count(WorkspaceId workspace, AudienceQuery whole, Rule rule) {
        return Mono.zip(
                        customers.countAudience(workspace, whole),
                        explain(workspace, whole, rule, RulePath.ROOT),
                        skippedBy(workspace, whole))
                .map(counted -> new AudienceCounts(counted.getT1(), counted.getT2(), counted.getT3()));
    }

    /** For each channel, how many of the audience it cannot reach: counted by the store, as the fan-out will find. */
    private Mono<Map<Channel, Long>> skippedBy(WorkspaceId workspace, AudienceQuery whole) {
        return Flux.fromArray(Channel.values())
                .concatMap(channel -> channel.unreachable()
                        .map(unreachable -> customers.countAudience(
                                workspace,
                                new AudienceQuery(
                                        Rule.all(whole.rule(), unreachable),
                                        whole.catalogue(),
                                        whole.now(),
                                        whole.zone())))
                        .orElse(Mono.just(0L))
                        .map(count -> Map.entry(channel, count)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Mono<Explanation> explain(WorkspaceId workspace, AudienceQuery at, Rule node, String path) {
        AudienceQuery query = new AudienceQuery(node, at.catalogue(), at.now(), at.zone());
        return customers
                .countAudience(workspace, query)
                .zipWith(Flux.fromIterable(RulePath.children(node, path))
                        .concatMap(child -> explain(workspace, at, child.rule(), child.path()))
                        .collectList())
                .map(counted -> new Explanation(path, RulePrinter.print(node), counted.getT1(), counted.getT2()));
    }
}
