package io.minicrm.domain.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.Problem.Violation;
import io.minicrm.domain.shared.TextLimits;

/** Finds every part of a profile beyond what a customer may keep, each under its field's path. */
final class ProfileCheck {

    static final String ATTRIBUTE_NAME_RULE = "an attribute name is a letter then up to 63 letters, digits or '_'";

    private ProfileCheck() {}

    /** Takes the profile's fields normalised as {@link Profile} keeps them. */
    static List<Violation> violations(
            Optional<String> name,
            Optional<String> phone,
            Optional<String> city,
            Set<String> tags,
            Map<String, AttributeValue> attributes) {
        List<Violation> violations = new ArrayList<>();
        text("name", name, TextLimits.CUSTOMER_NAME, violations);
        text("phone", phone, TextLimits.PHONE, violations);
        text("city", city, TextLimits.CITY, violations);
        if (tags.size() > Profile.MAX_TAGS) {
            violations.add(new Violation("tags", Profile.TAGS_RULE));
        } else if (!tags.isEmpty()) {
            // One violation per reason: a hundred tags too long say so once.
            Set<String> reasons = new LinkedHashSet<>();
            tags.forEach(tag -> TextLimits.TAG.check(tag).ifPresent(reasons::add));
            reasons.forEach(reason -> violations.add(new Violation("tags", reason)));
        }
        if (attributes.size() > Profile.MAX_ATTRIBUTES) {
            violations.add(new Violation("attributes", Profile.ATTRIBUTES_RULE));
        } else if (!attributes.isEmpty()) {
            attributes.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(attribute -> attribute(attribute.getKey(), attribute.getValue(), violations));
        }
        return violations;
    }

    private static void text(String path, Optional<String> text, TextLimits limit, List<Violation> violations) {
        text.flatMap(limit::check).ifPresent(reason -> violations.add(new Violation(path, reason)));
    }

    private static void attribute(String name, AttributeValue value, List<Violation> violations) {
        String path = "attributes." + name;
        if (!Profile.isAttributeName(name)) {
            violations.add(new Violation(path, ATTRIBUTE_NAME_RULE));
            return;
        }
        Optional<String> reason = switch (value) {
            case AttributeValue.Text(String text) -> TextLimits.ATTRIBUTE_TEXT.check(text);
            case AttributeValue.Decimal(BigDecimal number) -> NumberLimits.check(number);
            case AttributeValue.Flag flag -> Optional.empty();
            case AttributeValue.Moment(Instant instant) -> DateLimits.check(instant);
        };
        reason.ifPresent(why -> violations.add(new Violation(path, why)));
    }
}
