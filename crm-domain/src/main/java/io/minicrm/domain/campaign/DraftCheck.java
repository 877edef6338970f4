package io.minicrm.domain.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.minicrm.domain.shared.TextLimits;
import io.minicrm.domain.template.MessageTemplate;
import io.minicrm.domain.template.PlaceholderCatalogue;
import io.vavr.control.Either;

/**
 * Checks a new campaign's name, templates and variables, collecting every reason to refuse it. A template is refused
 * when it could render longer than its channel allows for any customer, so that no message ever sent is cut.
 */
final class DraftCheck {

    record Templates(Optional<MessageTemplate> subject, MessageTemplate body) {}

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
        TextLimits.CAMPAIGN_NAME.check(request.name()).ifPresent(reason -> check.refuse("name", reason));
        Optional<MessageTemplate> subject = check.subject();
        Optional<MessageTemplate> body = check.body();
        check.variables();
        return check.violations.isEmpty()
                ? Either.right(new Templates(subject, body.orElseThrow()))
                : Either.left(new Problem.Invalid(check.violations));
    }

    private Optional<MessageTemplate> subject() {
        return switch (request.channel()) {
            case EMAIL ->
                request.subject()
                        .map(text -> text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                                ? refuse("subject", "a subject is a single line")
                                : template("subject", text, TextLimits.EMAIL_SUBJECT))
                        .orElseGet(() -> refuse("subject", "an e-mail needs a subject"));
            case SMS -> request.subject().isPresent() ? refuse("subject", "an SMS has no subject") : Optional.empty();
        };
    }

    private Optional<MessageTemplate> body() {
        return request.body().isBlank()
                ? refuse("body", "a campaign needs a message")
                : template("body", request.body(), request.channel().messageLimit());
    }

    private void variables() {
        if (request.variables().size() > Campaign.MAX_VARIABLES) {
            refuse("variables", Campaign.VARIABLES_RULE);
            return;
        }
        violations.addAll(known.variableViolations("variables"));
        request.variables().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(variable -> TextLimits.VARIABLE
                        .check(variable.getValue())
                        .ifPresent(reason -> refuse("variables." + variable.getKey(), reason)));
    }

    /** The text as written is checked before it is read, so that a message of megabytes costs no more than one at the limit. */
    private Optional<MessageTemplate> template(String field, String text, TextLimits limit) {
        Optional<String> beyond = limit.check(text);
        if (beyond.isPresent()) {
            return refuse(field, beyond.get());
        }
        Optional<MessageTemplate> template = MessageTemplate.parse(field, text, known)
                .peekLeft(invalid -> violations.addAll(invalid.violations()))
                .toJavaOptional();
        int longest = template.map(parsed -> parsed.longestRendering(request.variables()))
                .orElse(0);
        return longest > limit.maxLength() ? refuse(field, limit.renderedRule(longest)) : template;
    }

    private Optional<MessageTemplate> refuse(String field, String reason) {
        violations.add(new Violation(field, reason));
        return Optional.empty();
    }
}
