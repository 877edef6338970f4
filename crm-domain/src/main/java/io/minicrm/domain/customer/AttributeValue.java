package io.minicrm.domain.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/** The value of one custom attribute a workspace keeps on its customers ({@code plan}, {@code vip}, {@code birthday}). */
@ValueObject
public sealed interface AttributeValue {

    record Text(String text) implements AttributeValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record Decimal(BigDecimal number) implements AttributeValue {
        public Decimal {
            Objects.requireNonNull(number, "number");
        }
    }

    record Flag(boolean flag) implements AttributeValue {}

    record Moment(Instant instant) implements AttributeValue {
        public Moment {
            Objects.requireNonNull(instant, "instant");
        }
    }
}
