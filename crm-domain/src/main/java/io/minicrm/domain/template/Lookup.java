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
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.TextLimits;

/** Where a placeholder's value comes from, decided once when the template is parsed. */
sealed interface Lookup {

    Optional<String> valueIn(Customer customer, Map<String, String> variables, ZoneId zone);

    /** The most characters the value can have for any customer, given the campaign's variables. */
    int longest(Map<String, String> variables);

    record Field(CustomerPlaceholder field) implements Lookup {
        @Override
        public Optional<String> valueIn(Customer customer, Map<String, String> variables, ZoneId zone) {
            return field.valueOf(customer, zone);
        }

        @Override
        public int longest(Map<String, String> variables) {
            return field.longest();
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

        @Override
        public int longest(Map<String, String> variables) {
            return switch (declared) {
                case TEXT, TAGS -> TextLimits.ATTRIBUTE_TEXT.maxLength();
                // A sign, the digits and the point.
                case NUMBER, MONEY -> 2 + NumberLimits.WHOLE_DIGITS + NumberLimits.FRACTION_DIGITS;
                case BOOLEAN -> Boolean.toString(false).length();
                case DATETIME -> CustomerPlaceholder.DAY_LENGTH;
            };
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

        @Override
        public int longest(Map<String, String> variables) {
            String value = variables.get(name);
            return value == null ? 0 : TextLimits.length(value);
        }
    }
}
