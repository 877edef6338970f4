package io.minicrm.adapter.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An error as RFC 9457 describes it, with every offending field or rule path in {@code violations}. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetails(
        String type,
        String title,
        int status,
        String detail,
        @Nullable List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One reason a request was refused and where: a field path, a rule path or a CSV line. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String path, String message) {}
}
