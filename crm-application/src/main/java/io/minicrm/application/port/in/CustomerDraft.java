package io.minicrm.application.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.vavr.control.Either;

/** A customer as a caller submits it: the e-mail still to be checked, the rest of the profile as given. */
public record CustomerDraft(String email, Optional<String> name, Optional<String> phone, Optional<String> city,
                            Set<String> tags, Map<String, AttributeValue> attributes) {

    public CustomerDraft {
        tags = Set.copyOf(tags);
        attributes = Map.copyOf(attributes);
    }

    /** The profile, unless an attribute name is not one a profile can hold. */
    public Either<Problem, Profile> profile() {
        List<Violation> violations = attributes.keySet().stream().filter(key -> !Profile.isAttributeName(key)).sorted()
                .map(key -> new Violation("attributes." + key, "an attribute name is a letter then up to 63 letters, digits or '_'"))
                .toList();
        return violations.isEmpty()
                ? Either.right(new Profile(name, phone, city, tags, attributes))
                : Either.left(new Problem.Invalid(violations));
    }
}
