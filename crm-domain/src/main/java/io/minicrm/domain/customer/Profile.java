package io.minicrm.domain.customer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a customer tells about themselves: name, phone, city, tags and custom attributes.
 * Blank text counts as absent; tags are kept trimmed and in lower case. Every text, number and date keeps within the
 * limits {@link ProfileCheck} names, so that no store is asked to keep what it cannot.
 */
@ValueObject
public record Profile(
        Optional<String> name,
        Optional<String> phone,
        Optional<String> city,
        Set<String> tags,
        Map<String, AttributeValue> attributes) {

    public static final Profile EMPTY =
            new Profile(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Map.of());

    /** The most tags one customer has. */
    public static final int MAX_TAGS = 100;
    /** The most custom attributes one customer has. */
    public static final int MAX_ATTRIBUTES = 100;

    public static final String TAGS_RULE = "a customer has at most " + MAX_TAGS + " tags";
    public static final String ATTRIBUTES_RULE = "a customer has at most " + MAX_ATTRIBUTES + " attributes";

    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    public Profile {
        name = present(name);
        phone = present(phone);
        city = present(city);
        tags = normalised(tags);
        attributes = Map.copyOf(attributes);
        List<Violation> violations = ProfileCheck.violations(name, phone, city, tags, attributes);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(new Problem.Invalid(violations).message());
        }
    }

    /** The profile, or every reason it cannot be kept, each under its field's path ({@code name}, {@code attributes.plan}). */
    public static Either<Problem.Invalid, Profile> of(
            Optional<String> name,
            Optional<String> phone,
            Optional<String> city,
            Set<String> tags,
            Map<String, AttributeValue> attributes) {
        List<Violation> violations =
                ProfileCheck.violations(present(name), present(phone), present(city), normalised(tags), attributes);
        return violations.isEmpty()
                ? Either.right(new Profile(name, phone, city, tags, attributes))
                : Either.left(new Problem.Invalid(violations));
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

    // Every stored customer's profile passes here, on each change and at each load, and its fields are nearly always
    // kept as given: the checks below spare them a copy.
    private static Optional<String> present(Optional<String> text) {
        if (text.isEmpty() || isStripped(text.get()) && !text.get().isEmpty()) {
            return text;
        }
        return text.map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Set<String> normalised(Set<String> tags) {
        if (tags.stream().allMatch(Profile::isNormalisedTag)) {
            return Set.copyOf(tags);
        }
        return tags.stream()
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .map(tag -> tag.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isNormalisedTag(String tag) {
        return !tag.isEmpty() && isStripped(tag) && tag.toLowerCase(Locale.ROOT).equals(tag);
    }

    private static boolean isStripped(String text) {
        return text.isEmpty()
                || !Character.isWhitespace(text.codePointAt(0))
                        && !Character.isWhitespace(text.codePointBefore(text.length()));
    }
}
