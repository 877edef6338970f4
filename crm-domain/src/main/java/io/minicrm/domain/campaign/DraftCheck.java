package io.minicrm.domain.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.minicrm.domain.template.MessageTemplate;
import io.minicrm.domain.template.PlaceholderCatalogue;
import io.vavr.control.Either;

/** Checks a new campaign's name, templates and variables, collecting every reason to refuse it. */
final class DraftCheck {

    record Templates(Optional<MessageTemplate> subject, MessageTemplate body) {
    }

    private final NewCampaign request;
    private final PlaceholderCatalogue known;
    private final List<Violation> violations = new ArrayList<>();

    private DraftCheck(NewCampaign request, FieldCatalogue fields) {
        this.request = request;
        this.known = new PlaceholderCatalogue(fields, request.variables().keySet());
    }

    static Either<Problem, Templates> templates(NewCampaign request, FieldCatalogue fields) {
        DraftCheck check = new DraftCheck(request, fields);
        if (request.name().isEmpty()) {
            check.refuse("name", "a campaign needs a name");
        }
        Optional<MessageTemplate> subject = check.subject();
        Optional<MessageTemplate> body = check.body();
        check.violations.addAll(check.known.variableViolations("variables"));
        return check.violations.isEmpty()
                ? Either.right(new Templates(subject, body.orElseThrow()))
                : Either.left(new Problem.Invalid(check.violations));
    }

    private Optional<MessageTemplate> subject() {
        return switch (request.channel()) {
            case EMAIL -> request.subject()
                    .map(text -> text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                            ? refuse("subject", "a subject is a single line")
                            : template("subject", text))
                    .orElseGet(() -> refuse("subject", "an e-mail needs a subject"));
            case SMS -> request.subject().isPresent() ? refuse("subject", "an SMS has no subject") : Optional.empty();
        };
    }

    private Optional<MessageTemplate> body() {
        return request.body().isBlank() ? refuse("body", "a campaign needs a message") : template("body", request.body());
    }

    private Optional<MessageTemplate> template(String field, String text) {
        return MessageTemplate.parse(field, text, known).peekLeft(invalid -> violations.addAll(invalid.violations()))
                .toJavaOptional();
    }

    private Optional<MessageTemplate> refuse(String field, String reason) {
        violations.add(new Violation(field, reason));
        return Optional.empty();
    }
}
