package io.minicrm.adapter.gemini;

import java.time.Duration;

import io.minicrm.application.port.out.ModelReply;

/** What one HTTP exchange with Gemini decides: a reply for the caller, or another attempt after a wait. */
sealed interface Verdict {

    record Final(ModelReply reply) implements Verdict {}

    /** Retry after {@code delay}, or, when no attempt is left, give {@code otherwise}. */
    record Retry(Duration delay, ModelReply otherwise) implements Verdict {}
}
