package io.minicrm.adapter.embedded;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Writes a record's fields in the store's binary form: variable-length integers, length-prefixed UTF-8 text. */
final class Output {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);

    Output number(long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            bytes.write((int) (rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        bytes.write((int) rest);
        return this;
    }

    Output flag(boolean value) {
        bytes.write(value ? 1 : 0);
        return this;
    }

    Output text(String value) {
        byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
        number(encoded.length);
        bytes.writeBytes(encoded);
        return this;
    }

    Output instant(Instant value) {
        return number(value.getEpochSecond()).number(value.getNano());
    }

    /** Exact: the unscaled digits and the scale, so that {@code 10.50} reads back as {@code 10.50}. */
    Output decimal(BigDecimal value) {
        byte[] unscaled = value.unscaledValue().toByteArray();
        number(value.scale());
        number(unscaled.length);
        bytes.writeBytes(unscaled);
        return this;
    }

    <T> Output optional(Optional<T> value, BiConsumer<Output, T> write) {
        flag(value.isPresent());
        value.ifPresent(present -> write.accept(this, present));
        return this;
    }

    Output optionalText(Optional<String> value) {
        return optional(value, Output::text);
    }

    <T> Output all(Collection<T> values, BiConsumer<Output, T> write) {
        number(values.size());
        values.forEach(value -> write.accept(this, value));
        return this;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
