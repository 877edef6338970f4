package io.minicrm.adapter.http.web.segment;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.FieldType;
import io.minicrm.domain.segment.Operator;
import io.minicrm.domain.segment.StandardField;

/** A field of the workspace's catalogue as the rule builder offers it: its name, type and the operators it allows. */
@Serdeable
public record BuilderField(String name, String type, List<String> operators) {

    /** The standard fields in the catalogue's order, then the custom attributes by name. */
    static List<BuilderField> of(FieldCatalogue catalogue) {
        Stream<BuilderField> standard =
                Stream.of(StandardField.values()).map(field -> of(field.fieldName(), field.type()));
        Stream<BuilderField> custom = catalogue.attributes().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> of(FieldCatalogue.ATTRIBUTE_PREFIX + entry.getKey(), entry.getValue()));
        return Stream.concat(standard, custom).toList();
    }

    private static BuilderField of(String name, FieldType type) {
        return new BuilderField(
                name,
                type.name().toLowerCase(Locale.ROOT),
                type.operators().stream()
                        .sorted(Comparator.naturalOrder())
                        .map(Operator::code)
                        .toList());
    }
}
