package io.minicrm.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How an engine keeps its import jobs honest. A running import's job is updated at least every quarter of
 * {@code staleAfter}; a job still running that has not been updated for {@code staleAfter} has lost its process (it
 * was killed, or its node is gone), and any engine sharing the job store marks it interrupted.
 */
public record ImportSettings(Duration staleAfter) {

    public static final ImportSettings DEFAULT = new ImportSettings(Duration.ofSeconds(60));

    public ImportSettings {
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (staleAfter.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException(
                    "an import job may be taken for lost after 100 ms at the soonest, not " + staleAfter);
        }
    }

    /** How often a running import says it is still at work, and how often an engine looks for jobs gone silent. */
    public Duration heartbeat() {
        return staleAfter.dividedBy(4);
    }
}
