package io.minicrm.adapter.http.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.minicrm.adapter.http.FlagParameters;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;

/**
 * What an upload asks for: whether to wait for its import to finish ({@code wait}, true unless it says false), and the
 * charset its file is in ({@code charset} in the query, or the {@code charset} parameter of its content type; UTF-8
 * unless either names another). A misspelt flag or an unknown charset is refused, naming its parameter.
 */
record UploadOptions(boolean waits, Charset charset) {

    static Either<Problem.Invalid, UploadOptions> read(
            @Nullable String wait, @Nullable String charset, Optional<MediaType> type) {
        List<Problem.Violation> violations = new ArrayList<>();
        boolean waits = wait == null || wait.equalsIgnoreCase("true");
        if (wait != null && !waits && !wait.equalsIgnoreCase("false")) {
            violations.add(new Problem.Violation("wait", FlagParameters.refusal(wait)));
        }
        Optional<String> declared = type.flatMap(media -> media.getParameters().get("charset"));
        Optional<Charset> fromQuery = Optional.ofNullable(charset).flatMap(name -> known("charset", name, violations));
        Optional<Charset> fromType = declared.flatMap(name -> known("charset", name, violations));
        if (fromQuery.isPresent() && fromType.isPresent() && !fromQuery.equals(fromType)) {
            violations.add(new Problem.Violation(
                    "charset",
                    "the query names " + fromQuery.get().name() + " but the content type "
                            + fromType.get().name() + "; name one"));
        }
        return violations.isEmpty()
                ? Either.right(
                        new UploadOptions(waits, fromQuery.or(() -> fromType).orElse(StandardCharsets.UTF_8)))
                : Either.left(new Problem.Invalid(violations));
    }

    private static Optional<Charset> known(String path, String name, List<Problem.Violation> violations) {
        try {
            return Optional.of(Charset.forName(name.strip().toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            violations.add(new Problem.Violation(
                    path,
                    "'" + name + "' is not a charset this service knows; name one such as"
                            + " UTF-8, ISO-8859-1 or windows-1252"));
            return Optional.empty();
        }
    }
}
