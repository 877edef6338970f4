package io.minicrm.application.port.in;

import java.time.LocalDate;
import java.util.Objects;

/** A workspace's language-model tokens on one day (in the engine's zone), its daily budget, and the provider. */
public record ModelUsage(LocalDate day, long tokensUsed, long dailyBudget, String provider) {

    public ModelUsage {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(provider, "provider");
    }
}
