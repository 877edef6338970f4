package io.minicrm.application.assistant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.minicrm.application.port.out.LanguageModel;
import io.minicrm.application.port.out.ModelReply;
import io.minicrm.application.port.out.ModelRequest;
import io.minicrm.application.port.out.TokenUsage;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * A language model behind a daily token budget per workspace: once a workspace's tokens of the day (in the clock's
 * zone) reach the budget, its requests are declined without calling the provider until the next day. Counted in this
 * JVM: each node keeps its own tally.
 */
final class TokenBudget implements LanguageModel {

    private final LanguageModel model;
    private final long dailyBudget;
    private final Clock clock;
    private final Map<WorkspaceId, Tally> tallies = new ConcurrentHashMap<>();

    TokenBudget(LanguageModel model, long dailyBudget, Clock clock) {
        this.model = model;
        this.dailyBudget = dailyBudget;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return model.provider();
    }

    @Override
    public Mono<ModelReply> complete(ModelRequest request) {
        return Mono.defer(() -> {
            if (used(request.workspace()) >= dailyBudget) {
                return Mono.just(new ModelReply.Declined(
                        "the workspace's daily budget of " + dailyBudget + " model tokens is used up",
                        TokenUsage.NONE));
            }
            return model.complete(request)
                    .doOnNext(reply -> add(request.workspace(), reply.usage().total()));
        });
    }

    long used(WorkspaceId workspace) {
        Tally tally = tallies.get(workspace);
        return tally != null && tally.day().equals(today()) ? tally.tokens() : 0;
    }

    long dailyBudget() {
        return dailyBudget;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private void add(WorkspaceId workspace, long tokens) {
        LocalDate today = today();
        tallies.merge(
                workspace,
                new Tally(today, tokens),
                (old, added) -> old.day().equals(today) ? new Tally(today, old.tokens() + tokens) : added);
    }

    private record Tally(LocalDate day, long tokens) {}
}
