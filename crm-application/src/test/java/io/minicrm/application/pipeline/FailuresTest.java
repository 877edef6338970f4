package io.minicrm.application.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import io.minicrm.application.CrmException;
import io.minicrm.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class FailuresTest {

    /** A failure named by a driver the application does not know, as a store's socket exceptions are. */
    private static final class DriverException extends RuntimeException {
        DriverException(String message) {
            super(message);
        }
    }

    @Test
    void refusals_and_what_bugs_or_unreadable_values_throw_fail_on_every_try() {
        assertThat(new Throwable[] {
                    new CrmException(new Problem.Conflict("no")),
                    new IllegalArgumentException("bad"),
                    new NumberFormatException("x"),
                    new IllegalStateException("odd"),
                    new NullPointerException(),
                    new ClassCastException(),
                    new NoSuchElementException(),
                    new ArithmeticException(),
                    new CompletionException(new IllegalArgumentException("wrapped")),
                    new AssertionError("bug")
                })
                .noneMatch(Failures::isTransient);
    }

    @Test
    void io_and_timeouts_may_pass_even_when_what_a_bug_throws_wraps_them() {
        assertThat(new Throwable[] {
                    new IOException("reset"),
                    new UncheckedIOException(new IOException("reset")),
                    new TimeoutException("slow"),
                    new IllegalStateException("no answer", new SocketTimeoutException()),
                    new CompletionException(new IOException("reset"))
                })
                .allMatch(Failures::isTransient);
    }

    @Test
    void a_failure_only_an_adapter_knows_is_taken_to_pass_and_so_tried_again_within_bounds() {
        assertThat(Failures.isTransient(new DriverException("socket closed"))).isTrue();
    }

    @Test
    void a_reason_names_the_failure_and_its_message_in_a_line_of_bounded_length() {
        assertThat(Failures.reason(new IllegalArgumentException("bad value")))
                .isEqualTo("IllegalArgumentException: bad value");
        assertThat(Failures.reason(new CompletionException(new NullPointerException())))
                .isEqualTo("NullPointerException");
        assertThat(Failures.reason(new CrmException(new Problem.Conflict("campaign sale is COMPLETED"))))
                .isEqualTo("refused: campaign sale is COMPLETED");
        assertThat(Failures.reason(new DriverException("x".repeat(2_000))))
                .hasSize(500)
                .endsWith("…");
    }
}
