package io.minicrm.domain.customer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a customer tells about themselves: name, phone, city, tags and custom attributes.
 * Blank text counts as absent; tags are kept trimmed and in lower case.
 */
@ValueObject
public record Profile(Optional<String> name, Optional<String> phone, Optional<String> city,
                      Set<String> tags, Map<String, AttributeValue> attributes) {

    public static final Profile EMPTY = new Profile(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Map.of());

    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    public Profile {
        name = present(name);
        phone = present(phone);
        city = present(city);
        tags = tags.stream().map(String::strip).filter(tag -> !tag.isEmpty())
                .map(tag -> tag.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        attributes.keySet().forEach(Profile::requireAttributeName);
        attributes = Map.copyOf(attributes);
    }

    public static boolean isAttributeName(String name) {
        return ATTRIBUTE_NAME.matcher(name).matches();
    }

    /** The first word of the name, as greetings use it. */
    public Optional<String> firstName() {
        return name.map(Profile::firstWord);
    }

    // A scan rather than a split on a pattern: every message greeting its recipient asks for this.
    private static String firstWord(String stripped) {
        for (int at = 0; at < stripped.length(); at++) {
            if (Character.isWhitespace(stripped.charAt(at))) {
                return stripped.substring(0, at);
            }
        }
        return stripped;
    }

    private static Optional<String> present(Optional<String> text) {
        return text.map(String::strip).filter(value -> !value.isEmpty());
    }

    private static void requireAttributeName(String name) {
        if (!isAttributeName(name)) {
            throw new IllegalArgumentException("an attribute name is a letter then up to 63 letters, digits or '_': " + name);
        }
    }
}
