package io.minicrm.domain.template;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.TextLimits;
import io.minicrm.domain.template.TemplatePart.Literal;
import io.minicrm.domain.template.TemplatePart.Slot;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A message text with placeholders, such as {@code Hi {{first_name}}, {{ discount | 10 }}% off}, checked once when
 * written and then filled in for each recipient.
 */
@ValueObject
public final class MessageTemplate {

    private final String text;
    private final List<TemplatePart> parts;

    // Not a record: with no public constructor, every template in hand has been parsed, so rendering cannot fail.
    MessageTemplate(String text, List<TemplatePart> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    /**
     * Reads a template, refusing it with every unknown placeholder and every malformed one (an unclosed
     * <code>{{</code>, an empty name), each located by line and column, under the given field path.
     */
    public static Either<Problem.Invalid, MessageTemplate> parse(
            String field, String text, PlaceholderCatalogue known) {
        return TemplateParser.parse(field, text, known);
    }

    /** The text as it was written. */
    public String text() {
        return text;
    }

    /**
     * Fills in the placeholders in one pass: an absent or blank value gives the placeholder's fallback (or nothing),
     * control characters in a value become spaces, and what is filled in is never read again for placeholders.
     * Dates are written as {@code yyyy-MM-dd} in the given zone.
     */
    public String render(Customer customer, Map<String, String> variables, ZoneId zone) {
        StringBuilder message = new StringBuilder(text.length() + 64);
        for (TemplatePart part : parts) {
            switch (part) {
                case Literal(String literal) -> message.append(literal);
                case Slot(Lookup lookup, String fallback) ->
                    message.append(lookup.valueIn(customer, variables, zone)
                            .filter(value -> !value.isBlank())
                            .map(TemplatePart::oneLine)
                            .orElse(fallback));
            }
        }
        return message.toString();
    }

    /**
     * The most characters this template renders to for any customer: each placeholder filled in at the longest its
     * field can be (or its fallback, if longer), the campaign's variables as they are.
     */
    public int longestRendering(Map<String, String> variables) {
        long longest = 0;
        for (TemplatePart part : parts) {
            longest += switch (part) {
                case Literal(String literal) -> TextLimits.length(literal);
                case Slot(Lookup lookup, String fallback) ->
                    Math.max(lookup.longest(variables), TextLimits.length(fallback));
            };
        }
        return (int) Math.min(longest, Integer.MAX_VALUE);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageTemplate template && text.equals(template.text) && parts.equals(template.parts);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
