package io.minicrm.adapter.mongo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.CrmException;
import io.minicrm.domain.shared.Problem;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * The value encodings every document shares. Instants are kept as exact decimal seconds since the epoch, so that
 * nanoseconds survive, comparisons and sorts are exact, and {@code $min}/{@code $max} keep first and last order times
 * atomically; numbers and amounts as {@code Decimal128}, which compares by value whatever the scale.
 */
final class Bsons {

    static final String VERSION = "v";
    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000);

    private Bsons() {}

    static Decimal128 instant(Instant instant) {
        return new Decimal128(
                BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9)));
    }

    static Instant instant(Object stored) {
        BigInteger[] secondsAndNanos = ((Decimal128) stored)
                .bigDecimalValue()
                .setScale(9)
                .unscaledValue()
                .divideAndRemainder(NANOS_PER_SECOND);
        return Instant.ofEpochSecond(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValue());
    }

    static Optional<Instant> instant(Document document, String key) {
        return Optional.ofNullable(document.get(key)).map(Bsons::instant);
    }

    /** A number as Decimal128, or a refusal naming the field when it has more digits than Decimal128 keeps exactly. */
    static Decimal128 decimal(String field, BigDecimal number) {
        return exactDecimal(number)
                .orElseThrow(() -> new CrmException(Problem.Invalid.of(
                        field,
                        number.toPlainString()
                                + " has more significant digits or a larger exponent than can be stored")));
    }

    static Optional<Decimal128> exactDecimal(BigDecimal number) {
        try {
            return Optional.of(new Decimal128(number));
        } catch (NumberFormatException | ArithmeticException inexact) {
            return Optional.empty();
        }
    }

    static BigDecimal decimal(Object stored) {
        return ((Decimal128) stored).bigDecimalValue();
    }

    static void putPresent(Document document, String key, Optional<?> value) {
        value.ifPresent(present -> document.put(key, present));
    }

    static Optional<String> text(Document document, String key) {
        return Optional.ofNullable(document.getString(key));
    }

    static List<String> texts(Document document, String key) {
        return document.getList(key, String.class, List.of());
    }

    /**
     * The filter for one document by workspace and id, as a plain document rather than {@code $and}: servers that pick
     * an index only for plain equalities (the in-JVM test server) then use the unique (ws, id) index.
     */
    static Document byKey(String workspace, String id) {
        return new Document("ws", workspace).append("id", id);
    }

    /** An update that gives the keys the values the full document has, removing those it lacks. */
    static Document rewriting(Document full, List<String> keys) {
        Document set = new Document();
        Document unset = new Document();
        keys.forEach(key -> {
            if (full.containsKey(key)) {
                set.append(key, full.get(key));
            } else {
                unset.append(key, "");
            }
        });
        Document update = new Document("$set", set);
        return unset.isEmpty() ? update : update.append("$unset", unset);
    }

    static Document versioned(int version) {
        return new Document(VERSION, version);
    }
}
