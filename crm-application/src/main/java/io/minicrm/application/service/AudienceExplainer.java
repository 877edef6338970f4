package io.minicrm.application.service;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.AudiencePreview;
import io.minicrm.application.port.in.AudiencePreview.Explanation;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.segment.RuleTally.NodeCount;
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
        return cache.read(
                workspace,
                key,
                AudienceCounts.class,
                KEPT_FOR,
                counts -> customers
                        .sampleAudience(workspace, whole, sample)
                        .map(members -> preview(rule, text, counts, members)),
                Mono.defer(() -> customers
                        .tallyAudience(workspace, whole, sample)
                        .zipWith(skippedBy(workspace, whole))
                        .map(figures -> preview(
                                rule,
                                text,
                                counted(figures.getT1().counts(), figures.getT2()),
                                figures.getT1().sample()))),
                preview -> new AudienceCounts(preview.size(), preview.explanation(), preview.skippedBy()));
    }

    private static AudienceCounts counted(NodeCount root, Map<Channel, Long> skippedBy) {
        return new AudienceCounts(root.matches(), explained(root), skippedBy);
    }

    /** For each channel, how many of the audience it cannot reach: counted by the store, as the fan-out will find. */
    private Mono<Map<Channel, Long>> skippedBy(WorkspaceId workspace, AudienceQuery whole) {
        return Flux.fromArray(Channel.values())
                .concatMap(channel -> channel.unreachable()
                        .map(unreachable ->
                                customers.countAudience(workspace, whole.about(Rule.all(whole.rule(), unreachable))))
                        .orElse(Mono.just(0L))
                        .map(count -> Map.entry(channel, count)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static AudiencePreview preview(Rule rule, String text, AudienceCounts counts, List<Customer> sample) {
        return new AudiencePreview(rule, text, counts.size(), sample, counts.explanation(), counts.skippedBy());
    }

    private static Explanation explained(NodeCount node) {
        return new Explanation(
                node.path(),
                RulePrinter.print(node.rule()),
                node.matches(),
                node.survivors(),
                node.children().stream().map(AudienceExplainer::explained).toList());
    }
}
