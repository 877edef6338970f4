package io.minicrm.application.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.FieldType;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.vavr.control.Either;

/**
 * The columns of a customer file: the standard fields, then custom attributes (a column named {@code attr.<name>}, or
 * like an attribute the catalogue declares), then the columns nobody asked for, which are ignored.
 */
record CustomerColumns(Columns fields, List<AttributeColumn> attributes, List<String> ignored) {

    /** A column that fills a custom attribute; undeclared ones hold text. */
    record AttributeColumn(int position, String name, FieldType type) {}

    static Either<Problem, CustomerColumns> match(Header header, FieldCatalogue catalogue) {
        return Columns.match(header, CustomerFields.ALL).flatMap(fields -> {
            List<AttributeColumn> attributes = new ArrayList<>();
            List<String> ignored = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            List<Violation> repeats = new ArrayList<>();
            for (int column : fields.leftOver()) {
                Optional<AttributeColumn> attribute = attribute(header, column, catalogue);
                if (attribute.isEmpty()) {
                    ignored.add(header.name(column));
                } else if (seen.containsKey(attribute.get().name())) {
                    repeats.add(
                            Columns.repeated(header, seen.get(attribute.get().name()), column));
                } else {
                    seen.put(attribute.get().name(), column);
                    attributes.add(attribute.get());
                }
            }
            return repeats.isEmpty()
                    ? Either.right(new CustomerColumns(fields, attributes, ignored))
                    : Either.left(new Problem.Invalid(repeats));
        });
    }

    private static Optional<AttributeColumn> attribute(Header header, int column, FieldCatalogue catalogue) {
        String key = header.key(column);
        boolean prefixed = key.startsWith(FieldCatalogue.ATTRIBUTE_PREFIX);
        String name = prefixed ? key.substring(FieldCatalogue.ATTRIBUTE_PREFIX.length()) : key;
        Optional<AttributeColumn> declared = catalogue.attributes().entrySet().stream()
                .filter(attribute -> attribute.getKey().equalsIgnoreCase(name))
                .findFirst()
                .map(attribute -> new AttributeColumn(column, attribute.getKey(), attribute.getValue()));
        return declared.or(() -> prefixed && Profile.isAttributeName(name)
                ? Optional.of(new AttributeColumn(column, name, FieldType.TEXT))
                : Optional.empty());
    }
}
