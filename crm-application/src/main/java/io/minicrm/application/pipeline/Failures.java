package io.minicrm.application.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import io.minicrm.application.CrmException;
import reactor.core.Exceptions;

/**
 * Tells a step's failure that may pass from one that will recur on every try, so that the step knows whether trying
 * an item again can help. Deterministic: a refusal ({@link CrmException}) and what a bug or a value no step can use
 * throws ({@code IllegalArgumentException}, so an unreadable value too, {@code IllegalStateException},
 * {@code NullPointerException}, {@code ClassCastException}, {@code IndexOutOfBoundsException},
 * {@code ArithmeticException}, {@code UnsupportedOperationException}, {@code NoSuchElementException},
 * {@code DateTimeException}, any {@code Error}). Transient: I/O or a timeout anywhere among the causes, even wrapped in
 * one of those; and every other exception, because an adapter's driver names its outages (a store's socket or timeout
 * exceptions) in types the application cannot know. A transient failure is tried again only a bounded number of times,
 * so one that is in truth deterministic still ends set aside.
 */
final class Failures {

    private static final int LONGEST_REASON = 500;

    private Failures() {}

    static boolean isTransient(Throwable failure) {
        Throwable thrown = unwrapped(failure);
        // A few causes deep at most, as a cause chain may loop.
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            if (cause instanceof IOException
                    || cause instanceof UncheckedIOException
                    || cause instanceof TimeoutException) {
                return true;
            }
        }
        return !isDeterministic(thrown);
    }

    /** The failure in a line, its type and message, short enough to keep with a dead letter. */
    static String reason(Throwable failure) {
        Throwable thrown = unwrapped(failure);
        String reason = nameOf(thrown) + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
        return reason.length() <= LONGEST_REASON ? reason : reason.substring(0, LONGEST_REASON - 1) + "…";
    }

    private static boolean isDeterministic(Throwable thrown) {
        return thrown instanceof CrmException
                || thrown instanceof IllegalArgumentException
                || thrown instanceof IllegalStateException
                || thrown instanceof NullPointerException
                || thrown instanceof ClassCastException
                || thrown instanceof IndexOutOfBoundsException
                || thrown instanceof ArithmeticException
                || thrown instanceof UnsupportedOperationException
                || thrown instanceof NoSuchElementException
                || thrown instanceof DateTimeException
                || thrown instanceof Error;
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable thrown = Exceptions.unwrap(failure);
        while ((thrown instanceof CompletionException || thrown instanceof ExecutionException)
                && thrown.getCause() != null) {
            thrown = Exceptions.unwrap(thrown.getCause());
        }
        return thrown;
    }

    private static String nameOf(Throwable thrown) {
        if (thrown instanceof CrmException) {
            return "refused";
        }
        String name = thrown.getClass().getSimpleName();
        return name.isEmpty() ? thrown.getClass().getName() : name;
    }
}
