package io.minicrm.adapter.embedded;

/** Turns one kind of record into the bytes the file keeps and back; the first byte is the form's version. */
interface Codec<T> {

    byte[] encode(T value);

    T decode(byte[] bytes);

    /** Reads the version byte, refusing a form this build cannot read (one written by a newer build). */
    static Input versioned(byte[] bytes, int version, String kind) {
        return versioned(bytes, version, version, kind);
    }

    /** Reads the version byte, refusing a form outside {@code oldest} to {@code newest}, the forms this build reads. */
    static Input versioned(byte[] bytes, int oldest, int newest, String kind) {
        if (bytes.length == 0 || bytes[0] < oldest || bytes[0] > newest) {
            throw new IllegalStateException("a stored " + kind + " is in form "
                    + (bytes.length == 0 ? "none" : bytes[0]) + "; this build reads forms " + oldest + " to "
                    + newest);
        }
        Input input = new Input(bytes);
        input.flag();
        return input;
    }
}
