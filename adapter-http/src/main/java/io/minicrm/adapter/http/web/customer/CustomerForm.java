package io.minicrm.adapter.http.web.customer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.shared.Problem;

/**
 * The add or edit form as the user filled it in, and why the service refused it: each reason next to the field its
 * path names, the others above the form.
 */
public record CustomerForm(
        String action, String cancel, Map<String, String> values, Map<String, String> errors, List<String> problems) {

    static final List<String> FIELDS = List.of("email", "name", "phone", "city", "tags");

    public CustomerForm {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
        problems = List.copyOf(problems);
    }

    static CustomerForm blank() {
        return new CustomerForm("/customers/new", "/customers", Map.of(), Map.of(), List.of());
    }

    static CustomerForm of(Customer customer) {
        var profile = customer.profile();
        return new CustomerForm(
                "/customers/" + customer.id().value() + "/edit",
                "/customers/" + customer.id().value(),
                Map.of(
                        "email", customer.email().value(),
                        "name", profile.name().orElse(""),
                        "phone", profile.phone().orElse(""),
                        "city", profile.city().orElse(""),
                        "tags", profile.tags().stream().sorted().collect(Collectors.joining(", "))),
                Map.of(),
                List.of());
    }

    /** The form as posted: what the user typed replaces every field. */
    CustomerForm filledIn(Map<String, String> posted) {
        Map<String, String> typed = new HashMap<>();
        FIELDS.forEach(field -> typed.put(field, posted.getOrDefault(field, "")));
        return new CustomerForm(action, cancel, typed, Map.of(), List.of());
    }

    CustomerForm refused(Problem problem) {
        Map<String, String> byField = new HashMap<>();
        List<String> others = new ArrayList<>();
        switch (problem) {
            case Problem.Invalid invalid ->
                invalid.violations()
                        .forEach(violation -> fieldOf(violation.path())
                                .ifPresentOrElse(
                                        field -> byField.merge(
                                                field, violation.message(), (one, two) -> one + "; " + two),
                                        () -> others.add(violation.toString())));
            // The only thing a customer's details can clash with is another customer's e-mail address.
            case Problem.Conflict conflict -> byField.put("email", conflict.message());
            default -> others.add(problem.message());
        }
        return new CustomerForm(action, cancel, values, byField, others);
    }

    /** The customer as typed, keeping the custom attributes the form does not show. */
    CustomerDraft draft(Map<String, AttributeValue> attributes) {
        return new CustomerDraft(
                value("email"),
                Optional.of(value("name")),
                Optional.of(value("phone")),
                Optional.of(value("city")),
                Arrays.stream(value("tags").split("[,;]"))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .collect(Collectors.toSet()),
                attributes);
    }

    public boolean isNew() {
        return action.equals(blank().action());
    }

    public boolean isRefused() {
        return !errors.isEmpty() || !problems.isEmpty();
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    @Nullable
    public String error(String field) {
        return errors.get(field);
    }

    private static Optional<String> fieldOf(String path) {
        return FIELDS.stream()
                .filter(field -> path.equals(field) || path.startsWith(field + "[") || path.startsWith(field + "."))
                .findFirst();
    }
}
