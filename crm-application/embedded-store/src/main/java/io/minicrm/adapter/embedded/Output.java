package io.minicrm.adapter.embedded;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes a record's fields in the store's binary form: variable-length integers, length-prefixed UTF-8 text. A plain
 * array rather than a {@code ByteArrayOutputStream}, whose every write takes a lock: encoding is on the path of every
 * stored row.
 */
final class Output {

    private byte[] bytes = new byte[256];
    private int size;

    Output number(long value) {
        ensure(10);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        bytes[size++] = (byte) rest;
        return this;
    }

    Output flag(boolean value) {
        ensure(1);
        bytes[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    Output text(String value) {
        return raw(value.getBytes(StandardCharsets.UTF_8));
    }

    Output instant(Instant value) {
        return number(value.getEpochSecond()).number(value.getNano());
    }

    /** Exact: the unscaled digits and the scale, so that {@code 10.50} reads back as {@code 10.50}. */
    Output decimal(BigDecimal value) {
        return number(value.scale()).raw(value.unscaledValue().toByteArray());
    }

    <T> Output optional(Optional<T> value, BiConsumer<Output, T> write) {
        flag(value.isPresent());
        if (value.isPresent()) {
            write.accept(this, value.get());
        }
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
        return Arrays.copyOf(bytes, size);
    }

    /** The length, then the bytes themselves. */
    private Output raw(byte[] value) {
        number(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
