package io.minicrm.domain.campaign;

import java.util.Optional;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Operator;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.StandardField;
import io.minicrm.domain.segment.Value;
import io.minicrm.domain.shared.TextLimits;

/** How a campaign reaches its customers. */
public enum Channel {
    EMAIL,
    SMS;

    public boolean hasSubject() {
        return switch (this) {
            case EMAIL -> true;
            case SMS -> false;
        };
    }

    /** How long a message on this channel may be once every placeholder is filled in. */
    public TextLimits messageLimit() {
        return switch (this) {
            case EMAIL -> TextLimits.EMAIL_MESSAGE;
            case SMS -> TextLimits.SMS_MESSAGE;
        };
    }

    /** Where this channel reaches the customer; a customer without a phone number cannot get an SMS. */
    public Optional<String> addressOf(Customer customer) {
        return switch (this) {
            case EMAIL -> Optional.of(customer.email().value());
            case SMS -> customer.profile().phone();
        };
    }

    /**
     * The customers this channel cannot reach, as a rule a store can count, kept in step with {@link #addressOf}; empty
     * when every customer has the address (each customer has an e-mail).
     */
    public Optional<Rule> unreachable() {
        return switch (this) {
            case EMAIL -> Optional.empty();
            case SMS -> Optional.of(Rule.not(Rule.when(StandardField.PHONE.fieldName(), Operator.IS_SET, Value.NONE)));
        };
    }
}
