package io.minicrm.domain.template;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.FieldType;

/** Where a placeholder's value comes from, decided once when the template is parsed. */
sealed interface Lookup {

    Optional<String> valueIn(Customer customer, Map<String, String> variables, ZoneId zone);

    record Field(CustomerPlaceholder field) implements Lookup {
        @Override
        public Optional<String> valueIn(Customer customer, Map<String, String> variables, ZoneId zone) {
            return field.valueOf(customer, zone);
        }
    }

    /** A custom attribute stored with another type than the catalogue declares counts as absent, as in segment rules. */
    record Attribute(String name, FieldType declared) implements Lookup {
        public Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(declared, "declared");
        }

        @Override
        public Optional<String> valueIn(Customer customer, Map<String, String> variables, ZoneId zone) {
            AttributeValue value = customer.profile().attributes().get(name);
            return value == null || typeOf(value) != declared ? Optional.empty() : Optional.of(text(value, zone));
        }

        private static FieldType typeOf(AttributeValue value) {
            return switch (value) {
                case AttributeValue.Text text -> FieldType.TEXT;
                case AttributeValue.Decimal number -> FieldType.NUMBER;
                case AttributeValue.Flag flag -> FieldType.BOOLEAN;
                case AttributeValue.Moment moment -> FieldType.DATETIME;
            };
        }

        private static String text(AttributeValue value, ZoneId zone) {
            return switch (value) {
                case AttributeValue.Text(String text) -> text;
                case AttributeValue.Decimal(BigDecimal number) -> number.toPlainString();
                case AttributeValue.Flag(boolean flag) -> Boolean.toString(flag);
                case AttributeValue.Moment(Instant instant) -> CustomerPlaceholder.isoDay(instant, zone);
            };
        }
    }

    record Variable(String name) implements Lookup {
        public Variable {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public Optional<String> valueIn(Customer customer, Map<String, String> variables, ZoneId zone) {
            return Optional.ofNullable(variables.get(name));
        }
    }
}
