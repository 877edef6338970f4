package io.minicrm.application.inmemory;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.minicrm.application.port.out.MessageWriter;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.template.PlaceholderCatalogue;
import reactor.core.publisher.Flux;

/**
 * Proposes message templates offline, from stock phrasings picked by the goal's words: the stand-in for the AI
 * writer. The same brief always gets the same proposals; e-mails run to a few paragraphs, text messages to one line.
 */
public final class TemplateMessageWriter implements MessageWriter {

    private static final List<String> GREETINGS = List.of("Hi {{first_name|there}}", "Hello {{first_name|there}}");
    private static final List<String> EMAIL_CLOSINGS = List.of(
            "Take a look today.",
            "We would love to see you soon.",
            "Just reply to this e-mail if you have any questions.",
            "It is waiting for you whenever you are ready.",
            "Thank you for reading.");
    private static final List<String> SMS_CLOSINGS =
            List.of("Shop now.", "See you soon!", "Reply for details.", "Don't miss it.", "Thanks!");
    private static final int CLOSINGS = EMAIL_CLOSINGS.size();

    @Override
    public Flux<String> propose(Brief brief) {
        return Flux.defer(() -> {
            Pitch pitch = Pitch.forGoal(brief.goal());
            List<String> variables = usable(brief.variables());
            // A brief asks for at most ten proposals, one per pair of greeting and closing; closings vary first.
            return Flux.fromStream(IntStream.range(0, brief.count())
                    .mapToObj(index -> write(
                            brief.channel(), pitch, variables, GREETINGS.get(index / CLOSINGS), index % CLOSINGS)));
        });
    }

    private static String write(Channel channel, Pitch pitch, List<String> variables, String greeting, int closing) {
        return switch (channel) {
            case EMAIL ->
                greeting + ",\n\n" + pitch.email()
                        + (variables.isEmpty() ? "" : "\n\n" + details(variables, "\n"))
                        + "\n\n" + EMAIL_CLOSINGS.get(closing) + "\n\nThe team";
            case SMS ->
                greeting + "! " + pitch.sms()
                        + (variables.isEmpty() ? "" : " " + details(variables, ", ") + ".")
                        + " " + SMS_CLOSINGS.get(closing);
        };
    }

    /** One {@code Label: {{name}}} per variable, {@code promo_code} labelled "Promo code". */
    private static String details(List<String> variables, String separator) {
        return variables.stream()
                .map(name -> Character.toUpperCase(name.charAt(0))
                        + name.substring(1).replace('_', ' ') + ": {{" + name + "}}")
                .collect(Collectors.joining(separator));
    }

    /** Only the variables a campaign may declare: a name that is not a placeholder name of its own is left out. */
    private static List<String> usable(List<String> variables) {
        return variables.stream()
                .distinct()
                .filter(name -> new PlaceholderCatalogue(FieldCatalogue.standard(), Set.of(name))
                        .variableViolations("variables")
                        .isEmpty())
                .toList();
    }
}
