package io.minicrm.domain.template;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.shared.Problem.Violation;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The placeholders a message may use: the customer fields ({@code first_name}, {@code name}, {@code email},
 * {@code phone}, {@code city}, {@code total_spend}, {@code order_count}, {@code last_order_at}), the custom attributes
 * the workspace declared ({@code attr.plan}) and the campaign's own variables ({@code discount}).
 */
@ValueObject
public record PlaceholderCatalogue(FieldCatalogue fields, Set<String> variables) {

    public PlaceholderCatalogue {
        Objects.requireNonNull(fields, "fields");
        variables = Set.copyOf(variables);
    }

    /** The placeholders every message may name, variables aside: the customer fields, then the custom attributes. */
    public List<String> customerPlaceholders() {
        return Stream.concat(
                        Arrays.stream(CustomerPlaceholder.values()).map(CustomerPlaceholder::placeholderName),
                        fields.attributes().keySet().stream()
                                .sorted()
                                .map(name -> FieldCatalogue.ATTRIBUTE_PREFIX + name))
                .toList();
    }

    /** Why some variable names cannot be used: each must look like an attribute name and not hide a customer field. */
    public List<Violation> variableViolations(String path) {
        return variables.stream()
                .sorted()
                .flatMap(name -> whyNot(name).map(reason -> new Violation(path + "." + name, reason)).stream())
                .toList();
    }

    Optional<Lookup> resolve(String name) {
        return CustomerPlaceholder.named(name)
                .<Lookup>map(Lookup.Field::new)
                .or(() -> attribute(name))
                .or(() -> variables.contains(name) ? Optional.of(new Lookup.Variable(name)) : Optional.empty());
    }

    private Optional<Lookup> attribute(String name) {
        if (!name.startsWith(FieldCatalogue.ATTRIBUTE_PREFIX)) {
            return Optional.empty();
        }
        String attribute = name.substring(FieldCatalogue.ATTRIBUTE_PREFIX.length());
        return fields.typeOf(name).map(type -> new Lookup.Attribute(attribute, type));
    }

    private static Optional<String> whyNot(String name) {
        if (!Profile.isAttributeName(name)) {
            return Optional.of("a variable name is a letter then up to 63 letters, digits or '_'");
        }
        return CustomerPlaceholder.named(name).map(field -> "'" + name + "' is a customer field; rename the variable");
    }
}
