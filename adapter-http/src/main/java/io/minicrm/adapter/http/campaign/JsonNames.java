package io.minicrm.adapter.http.campaign;

import java.util.Map;

import io.minicrm.application.CrmException;
import io.minicrm.domain.shared.Problem;

/** Renames the domain's field paths in a refusal to the JSON fields the client sent. */
final class JsonNames {

    private JsonNames() {}

    static Throwable inRequestTerms(Throwable error) {
        return inRequestTerms(error, "segmentId");
    }

    /** As {@link #inRequestTerms(Throwable)}, naming the segment by the field the client named it with. */
    static Throwable inRequestTerms(Throwable error, String segmentField) {
        if (error instanceof CrmException refused && refused.problem() instanceof Problem.Invalid invalid) {
            // The domain calls the template "body" and the segment "segment"; the API calls them "message" and
            // "segmentId" (or "ruleId", as the original system's clients do).
            Map<String, String> renamed = Map.of("body", "message", "segment", segmentField);
            return new CrmException(new Problem.Invalid(invalid.violations().stream()
                    .map(violation -> new Problem.Violation(
                            renamed.getOrDefault(violation.path(), violation.path()), violation.message()))
                    .toList()));
        }
        return error;
    }
}
