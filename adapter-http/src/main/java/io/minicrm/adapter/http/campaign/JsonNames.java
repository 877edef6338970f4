package io.minicrm.adapter.http.campaign;

import java.util.Map;

import io.minicrm.application.CrmException;
import io.minicrm.domain.shared.Problem;

/** Renames the domain's field paths in a refusal to the JSON fields the client sent. */
final class JsonNames {

    // The domain calls the template "body" and the segment "segment"; the API calls them "message" and "segmentId".
    private static final Map<String, String> RENAMED = Map.of("body", "message", "segment", "segmentId");

    private JsonNames() {
    }

    static Throwable inRequestTerms(Throwable error) {
        if (error instanceof CrmException refused && refused.problem() instanceof Problem.Invalid invalid) {
            return new CrmException(new Problem.Invalid(invalid.violations().stream()
                    .map(violation -> new Problem.Violation(RENAMED.getOrDefault(violation.path(), violation.path()), violation.message()))
                    .toList()));
        }
        return error;
    }
}
