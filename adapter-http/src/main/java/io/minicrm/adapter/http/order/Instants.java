package io.minicrm.adapter.http.order;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import io.minicrm.adapter.http.campaign.Parameters;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.Problem;

/**
 * Reads an optional ISO-8601 instant, noting a malformed one, or one outside the years every date keeps to, under the
 * name of the field or parameter it came in.
 */
final class Instants {

    private Instants() {}

    static Optional<Instant> read(String name, String text, List<Problem.Violation> violations) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Instant instant = Instant.parse(text.strip());
            Optional<String> beyond = DateLimits.check(instant);
            beyond.ifPresent(rule -> violations.add(new Problem.Violation(name, rule)));
            return beyond.isPresent() ? Optional.empty() : Optional.of(instant);
        } catch (DateTimeParseException malformed) {
            violations.add(new Problem.Violation(
                    name, "'" + Parameters.echoed(text) + "' is not an ISO-8601 instant such as 2026-01-31T09:30:00Z"));
            return Optional.empty();
        }
    }
}
