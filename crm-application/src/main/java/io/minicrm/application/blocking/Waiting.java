package io.minicrm.application.blocking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Waits for a use case's answer, at most for the timeout: unchecked exceptions (a {@code CrmException} first among
 * them) are thrown as they are, a checked one wrapped ({@link IOException} in an {@link UncheckedIOException}).
 */
final class Waiting {

    private final Duration timeout;

    Waiting(Duration timeout) {
        if (!timeout.isPositive()) {
            throw new IllegalArgumentException("a timeout is positive, not " + timeout);
        }
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    /** The value; an empty answer, which the use case does not give, is a bug. */
    <T> T value(Mono<T> answer) {
        return optional(answer).orElseThrow(() -> new IllegalStateException("the use case gave no answer"));
    }

    <T> Optional<T> optional(Mono<T> answer) {
        return Optional.ofNullable(await(answer, timeout));
    }

    void done(Mono<?> answer) {
        await(answer, timeout);
    }

    <T> List<T> all(Flux<T> answers) {
        return value(answers.collectList());
    }

    static <T> @Nullable T await(Mono<T> answer, Duration timeout) {
        try {
            return answer.timeout(timeout, Mono.error(() -> new BlockingTimeoutException(timeout)))
                    .block();
        } catch (RuntimeException failed) {
            Throwable cause = Exceptions.unwrap(failed);
            if (cause == failed || cause instanceof RuntimeException) {
                throw failed;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new CompletionException(cause);
        }
    }
}
