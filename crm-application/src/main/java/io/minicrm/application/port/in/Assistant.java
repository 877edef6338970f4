package io.minicrm.application.port.in;

import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Proposals from the assistant, worked out offline or by a language model: each is for a user to review and nothing
 * is saved or sent on its word. A request it cannot answer is refused with an {@code Unanswerable} problem saying what
 * was not understood. Thread-safe; nothing happens until the returned {@code Mono} is subscribed.
 */
public interface Assistant {

    /** A rule for an audience described in the user's words, checked by the validator and previewed. */
    Mono<RuleProposal> proposeRule(WorkspaceId workspace, String description);

    /** The language-model tokens the workspace used today against its daily budget. */
    Mono<ModelUsage> usage(WorkspaceId workspace);
}
