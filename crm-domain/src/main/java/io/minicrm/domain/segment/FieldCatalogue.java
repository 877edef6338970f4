package io.minicrm.domain.segment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.minicrm.domain.customer.Profile;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The fields a workspace's rules may name: the {@link StandardField standard fields} and the custom attributes it
 * declared, each with its type. Custom attributes are named {@code attr.<name>}.
 */
@ValueObject
public record FieldCatalogue(Map<String, FieldType> attributes) {

    public static final String ATTRIBUTE_PREFIX = "attr.";

    public FieldCatalogue {
        attributes.keySet().forEach(name -> {
            if (!Profile.isAttributeName(name)) {
                throw new IllegalArgumentException("not an attribute name: " + name);
            }
        });
        attributes = Map.copyOf(attributes);
    }

    public static FieldCatalogue standard() {
        return new FieldCatalogue(Map.of());
    }

    public FieldCatalogue withAttribute(String name, FieldType type) {
        if (type == FieldType.TAGS || type == FieldType.MONEY) {
            throw new IllegalArgumentException(
                    "a custom attribute is text, a number, a flag or a date-time, not " + type);
        }
        Map<String, FieldType> declared = new HashMap<>(attributes);
        declared.put(name, type);
        return new FieldCatalogue(declared);
    }

    /** The type of a field name as rules write it, if the catalogue knows it. */
    public Optional<FieldType> typeOf(String field) {
        if (field.startsWith(ATTRIBUTE_PREFIX)) {
            return Optional.ofNullable(attributes.get(field.substring(ATTRIBUTE_PREFIX.length())));
        }
        return StandardField.named(field).map(StandardField::type);
    }
}
