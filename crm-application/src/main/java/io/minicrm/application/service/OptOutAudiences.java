package io.minicrm.application.service;

import java.util.List;

import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.AudienceTally;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.SuppressionStore;
import io.minicrm.application.port.out.forwarding.ForwardingCustomerStore;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Rule.All;
import io.minicrm.domain.segment.Rule.Any;
import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Rule.Not;
import io.minicrm.domain.segment.StandardField;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Gives the store's audience queries the workspace's opt-outs, read from its suppression list as each query runs, when
 * their rule names {@code unsubscribed}; any other rule goes through untouched, at no cost.
 */
public final class OptOutAudiences extends ForwardingCustomerStore {

    private final SuppressionStore suppressions;

    public OptOutAudiences(CustomerStore delegate, SuppressionStore suppressions) {
        super(delegate);
        this.suppressions = suppressions;
    }

    @Override
    public Flux<Customer> audience(WorkspaceId workspace, AudienceQuery query) {
        return withOptOuts(workspace, query).flatMapMany(complete -> delegate().audience(workspace, complete));
    }

    @Override
    public Mono<Long> countAudience(WorkspaceId workspace, AudienceQuery query) {
        return withOptOuts(workspace, query).flatMap(complete -> delegate().countAudience(workspace, complete));
    }

    @Override
    public Mono<List<Customer>> sampleAudience(WorkspaceId workspace, AudienceQuery query, int size) {
        return withOptOuts(workspace, query).flatMap(complete -> delegate().sampleAudience(workspace, complete, size));
    }

    @Override
    public Mono<AudienceTally> tallyAudience(WorkspaceId workspace, AudienceQuery query, int sample) {
        return withOptOuts(workspace, query).flatMap(complete -> delegate().tallyAudience(workspace, complete, sample));
    }

    private Mono<AudienceQuery> withOptOuts(WorkspaceId workspace, AudienceQuery query) {
        if (!namesUnsubscribed(query.rule())) {
            return Mono.just(query);
        }
        return suppressions
                .every(workspace)
                .collectList()
                .map(Suppression::optOuts)
                .map(query::withOptOuts);
    }

    private static boolean namesUnsubscribed(Rule rule) {
        return switch (rule) {
            case All(List<Rule> rules) -> rules.stream().anyMatch(OptOutAudiences::namesUnsubscribed);
            case Any(List<Rule> rules) -> rules.stream().anyMatch(OptOutAudiences::namesUnsubscribed);
            case Not(Rule negated) -> namesUnsubscribed(negated);
            case Condition condition -> condition.field().equals(StandardField.UNSUBSCRIBED.fieldName());
        };
    }
}
