package io.minicrm.adapter.kafka;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.port.out.DispatchQueue.DeadLetter;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * The records' values: a compact binary form, big-endian. Every value begins with its version, the byte {@code 1}
 * for all but the receipts, which are at {@code 2}; a text is a 4-byte length and that many bytes of UTF-8; an
 * optional text is a byte 0 (absent) or 1 followed by the text; an instant is 8 bytes of epoch seconds and 4 of
 * nanoseconds.
 * <ul>
 * <li>dispatch request: workspace, campaign</li>
 * <li>delivery request: workspace, delivery, customer</li>
 * <li>receipts, version 2: a 4-byte count (at least 1), then that many receipts, each delivery, status name, optional
 * vendor id, optional reason, occurred at; version 1, still read, was one receipt without the count</li>
 * <li>dead letter: byte 1, then workspace, delivery, customer, campaign, reason, set aside at</li>
 * <li>dead letter of a receipt that could not be written: byte 3, the fields of a dead letter, then the receipt as a
 * receipts record holds it</li>
 * <li>unreadable record set aside: byte 2, then topic, 4-byte partition, 8-byte offset, reason, 4-byte length and the
 * record's value as it came</li>
 * </ul>
 * Anything else, including trailing bytes, is unreadable: a reader refuses it rather than guess.
 */
final class RecordFormat {

    static final byte VERSION = 1;
    static final byte RECEIPTS_VERSION = 2;
    static final byte DEAD_LETTER = 1;
    static final byte UNREADABLE = 2;
    static final byte DEAD_RECEIPT = 3;

    private RecordFormat() {}

    static byte[] dispatchRequest(DispatchRequest request) {
        return write(out -> {
            text(out, request.workspace().value());
            text(out, request.campaign().value());
        });
    }

    static DispatchRequest dispatchRequest(byte[] value) {
        return read(value, in -> new DispatchRequest(new WorkspaceId(text(in)), new CampaignId(text(in))));
    }

    static byte[] deliveryRequest(DeliveryRequest request) {
        return write(out -> deliveryRequest(out, request));
    }

    static DeliveryRequest deliveryRequest(byte[] value) {
        return read(value, RecordFormat::deliveryRequest);
    }

    static byte[] receipts(List<Receipt> receipts) {
        if (receipts.isEmpty()) {
            throw new IllegalArgumentException("a receipts record carries at least one receipt");
        }
        return write(RECEIPTS_VERSION, out -> {
            out.writeInt(receipts.size());
            receipts.forEach(receipt -> receipt(out, receipt));
        });
    }

    static List<Receipt> receipts(byte[] value) {
        return read(value, RECEIPTS_VERSION, (version, in) -> {
            if (version == VERSION) {
                return List.of(receipt(in));
            }
            int count = in.getInt();
            if (count < 1 || count > in.remaining()) {
                throw new IllegalArgumentException("a receipts record cannot carry " + count + " receipts");
            }
            List<Receipt> receipts = new ArrayList<>(count);
            for (int read = 0; read < count; read++) {
                receipts.add(receipt(in));
            }
            return receipts;
        });
    }

    private static void receipt(Out out, Receipt receipt) {
        text(out, receipt.delivery().value());
        text(out, receipt.status().name());
        optionalText(out, receipt.vendorId());
        optionalText(out, receipt.reason());
        instant(out, receipt.occurredAt());
    }

    private static Receipt receipt(ByteBuffer in) {
        return new Receipt(
                new DeliveryId(text(in)),
                DeliveryStatus.valueOf(text(in)),
                optionalText(in),
                optionalText(in),
                instant(in));
    }

    static byte[] deadLetter(DeadLetter letter) {
        return write(out -> {
            out.writeByte(letter.receipt().isPresent() ? DEAD_RECEIPT : DEAD_LETTER);
            deliveryRequest(out, letter.request());
            text(out, letter.campaign().value());
            text(out, letter.reason());
            instant(out, letter.at());
            letter.receipt().ifPresent(receipt -> receipt(out, receipt));
        });
    }

    static byte[] unreadable(String topic, int partition, long offset, String reason, byte[] value) {
        return write(out -> {
            out.writeByte(UNREADABLE);
            text(out, topic);
            out.writeInt(partition);
            out.writeLong(offset);
            text(out, reason);
            out.bytes(value == null ? new byte[0] : value);
        });
    }

    /** A dead letter, or empty for an unreadable record set aside. */
    static Optional<DeadLetter> deadLetter(byte[] value) {
        return read(value, in -> switch (in.get()) {
            case DEAD_LETTER ->
                Optional.of(new DeadLetter(deliveryRequest(in), new CampaignId(text(in)), text(in), instant(in)));
            case DEAD_RECEIPT ->
                Optional.of(new DeadLetter(
                        deliveryRequest(in),
                        new CampaignId(text(in)),
                        text(in),
                        instant(in),
                        Optional.of(receipt(in))));
            case UNREADABLE -> {
                text(in);
                in.getInt();
                in.getLong();
                text(in);
                int length = in.getInt();
                in.position(in.position() + length);
                yield Optional.empty();
            }
            default -> throw new IllegalArgumentException("unknown kind of dead letter");
        });
    }

    private static void deliveryRequest(Out out, DeliveryRequest request) {
        text(out, request.workspace().value());
        text(out, request.delivery().value());
        text(out, request.customer().value());
    }

    private static DeliveryRequest deliveryRequest(ByteBuffer in) {
        return new DeliveryRequest(new WorkspaceId(text(in)), new DeliveryId(text(in)), new CustomerId(text(in)));
    }

    private interface Fields {
        void write(Out out);
    }

    private interface Parse<T> {
        T read(ByteBuffer in);
    }

    private interface Versioned<T> {
        T read(byte version, ByteBuffer in);
    }

    private static byte[] write(Fields fields) {
        return write(VERSION, fields);
    }

    private static byte[] write(byte version, Fields fields) {
        Out out = new Out();
        out.writeByte(version);
        fields.write(out);
        return out.toByteArray();
    }

    /** The value read; an {@link IllegalArgumentException} saying why when it is not a version 1 value of that kind. */
    private static <T> T read(byte[] value, Parse<T> parse) {
        return read(value, VERSION, (version, in) -> parse.read(in));
    }

    /** The value of a kind read from version 1 up to {@code newest}, or an {@link IllegalArgumentException} saying why. */
    private static <T> T read(byte[] value, byte newest, Versioned<T> parse) {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("the record has no value");
        }
        ByteBuffer in = ByteBuffer.wrap(value);
        byte version = in.get();
        if (version < VERSION || version > newest) {
            throw new IllegalArgumentException("format version " + version + " is not known; this reader knows "
                    + (newest == VERSION ? VERSION : VERSION + " to " + newest));
        }
        try {
            T read = parse.read(version, in);
            if (in.hasRemaining()) {
                throw new IllegalArgumentException(in.remaining() + " bytes past the end of the value");
            }
            return read;
        } catch (BufferUnderflowException | IndexOutOfBoundsException truncated) {
            throw new IllegalArgumentException("the value ends before its last field", truncated);
        }
    }

    private static void text(Out out, String text) {
        out.bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("a text of " + length + " bytes does not fit in the value");
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static void optionalText(Out out, Optional<String> text) {
        out.writeByte(text.isPresent() ? 1 : 0);
        if (text.isPresent()) {
            text(out, text.get());
        }
    }

    private static Optional<String> optionalText(ByteBuffer in) {
        return switch (in.get()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(text(in));
            default -> throw new IllegalArgumentException("an optional text is marked neither absent nor present");
        };
    }

    private static void instant(Out out, Instant instant) {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant instant(ByteBuffer in) {
        return Instant.ofEpochSecond(in.getLong(), in.getInt());
    }

    /** A value being written, big-endian, in one array that grows as needed: records are written by the million. */
    private static final class Out {

        private byte[] buffer = new byte[128];
        private int size;

        void writeByte(int value) {
            room(1);
            buffer[size++] = (byte) value;
        }

        void writeInt(int value) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                buffer[size++] = (byte) (value >>> shift);
            }
        }

        void writeLong(long value) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                buffer[size++] = (byte) (value >>> shift);
            }
        }

        /** A 4-byte length, then the bytes. */
        void bytes(byte[] bytes) {
            writeInt(bytes.length);
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }

        private void room(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }
    }
}
