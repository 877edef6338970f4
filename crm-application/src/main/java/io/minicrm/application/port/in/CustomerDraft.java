package io.minicrm.application.port.in;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;

/** A customer as a caller submits it: the e-mail still to be checked, the rest of the profile as given. */
public record CustomerDraft(
        String email,
        Optional<String> name,
        Optional<String> phone,
        Optional<String> city,
        Set<String> tags,
        Map<String, AttributeValue> attributes) {

    public CustomerDraft {
        tags = Set.copyOf(tags);
        attributes = Map.copyOf(attributes);
    }

    /** The profile, unless some of it is not what a profile can hold (an attribute name, text beyond its limit, …). */
    public Either<Problem, Profile> profile() {
        return Profile.of(name, phone, city, tags, attributes).mapLeft(Problem.class::cast);
    }
}
