package io.minicrm.adapter.embedded;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import reactor.core.publisher.Mono;

/** Takes an in-memory store's answer, which it gives on subscription, in the caller's thread. */
final class Answered {

    private Answered() {}

    /** The answer, or empty; the store's refusal is thrown as it was raised. */
    static <T> Optional<T> now(Mono<T> answer) {
        CompletableFuture<T> future = answer.toFuture();
        if (!future.isDone()) {
            throw new IllegalStateException("an in-memory store did not answer on subscription");
        }
        try {
            return Optional.ofNullable(future.getNow(null));
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException refusal ? refusal : failed;
        }
    }
}
