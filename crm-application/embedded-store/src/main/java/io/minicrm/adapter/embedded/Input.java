package io.minicrm.adapter.embedded;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads back, in the same order, the fields {@link Output} wrote. */
final class Input {

    private final byte[] bytes;
    private int at;

    Input(byte[] bytes) {
        this.bytes = bytes;
    }

    long number() {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte next = bytes[at++];
            value |= (long) (next & 0x7F) << shift;
            if (next >= 0) {
                return value;
            }
        }
    }

    int count() {
        return Math.toIntExact(number());
    }

    boolean flag() {
        return bytes[at++] != 0;
    }

    String text() {
        int length = count();
        String value = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return value;
    }

    /** Passes over a text without reading it. */
    void skipText() {
        int length = count();
        at += length;
    }

    void skipInstant() {
        number();
        number();
    }

    void skipDecimal() {
        count();
        int length = count();
        at += length;
    }

    Instant instant() {
        long seconds = number();
        return Instant.ofEpochSecond(seconds, number());
    }

    BigDecimal decimal() {
        int scale = count();
        int length = count();
        if (length > Long.BYTES) {
            BigInteger unscaled = new BigInteger(Arrays.copyOfRange(bytes, at, at + length));
            at += length;
            return new BigDecimal(unscaled, scale);
        }
        // Two's complement, big-endian, as BigInteger wrote it: an amount that fits a long is kept in the decimal
        // alone, without the BigInteger and its array, which a start would otherwise build for every customer.
        long unscaled = bytes[at++];
        for (int index = 1; index < length; index++) {
            unscaled = unscaled << 8 | bytes[at++] & 0xFF;
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    <T> Optional<T> optional(Function<Input, T> read) {
        return flag() ? Optional.of(read.apply(this)) : Optional.empty();
    }

    /** Passes over what {@link Output#optional} wrote, by {@code skip} when a value is there. */
    void skipOptional(Consumer<Input> skip) {
        if (flag()) {
            skip.accept(this);
        }
    }

    Optional<String> optionalText() {
        return optional(Input::text);
    }

    /** Reads as many entries as were written, each by {@code read}. */
    void each(Consumer<Input> read) {
        int size = count();
        for (int index = 0; index < size; index++) {
            read.accept(this);
        }
    }

    <T> List<T> all(Function<Input, T> read) {
        int size = count();
        List<T> values = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            values.add(read.apply(this));
        }
        return values;
    }
}
