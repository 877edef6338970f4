package io.minicrm.application.assistant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.minicrm.application.port.out.LanguageModel;
import io.minicrm.application.port.out.ModelReply;
import io.minicrm.application.port.out.ModelRequest;
import reactor.core.publisher.Mono;

/** A language model that gives the replies it was scripted with, in order, and keeps every request it was sent. */
final class ScriptedModel implements LanguageModel {

    final List<ModelRequest> requests = new ArrayList<>();
    private final Deque<ModelReply> replies;

    ScriptedModel(ModelReply... replies) {
        this.replies = new ArrayDeque<>(List.of(replies));
    }

    @Override
    public String provider() {
        return "scripted";
    }

    @Override
    public synchronized Mono<ModelReply> complete(ModelRequest request) {
        requests.add(request);
        // The last reply is given again to any further request.
        return Mono.just(replies.size() > 1 ? replies.removeFirst() : replies.getFirst());
    }
}
