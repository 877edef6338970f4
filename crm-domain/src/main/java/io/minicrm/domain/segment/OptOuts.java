package io.minicrm.domain.segment;

import java.util.Objects;
import java.util.Set;

import io.minicrm.domain.customer.Customer;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The addresses whose owners told a workspace no, by e-mail or by SMS: what the rule field {@code unsubscribed} asks
 * about. A rule is decided against the opt-outs of the moment it is evaluated.
 */
@ValueObject
public record OptOuts(Set<String> emails, Set<String> phones) {

    public static final OptOuts NONE = new OptOuts(Set.of(), Set.of());

    public OptOuts {
        emails = Set.copyOf(Objects.requireNonNull(emails, "emails"));
        phones = Set.copyOf(Objects.requireNonNull(phones, "phones"));
    }

    /** Whether the customer's e-mail address or phone number is among the opt-outs. */
    public boolean includes(Customer customer) {
        if (emails.contains(customer.email().value())) {
            return true;
        }
        String phone = customer.profile().phone().orElse(null);
        return phone != null && phones.contains(phone);
    }
}
