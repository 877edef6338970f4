package io.minicrm.application.importing;

import java.io.IOException;
import java.io.Reader;

import org.jspecify.annotations.Nullable;

/**
 * The characters of a file as the CSV reader is given them: without a leading byte-order mark, and with each lone
 * carriage return read as a line feed. Either is a line break to CSV, so records and line numbers stay the same;
 * only a lone carriage return inside a quoted value comes out as a line feed.
 */
final class CsvText extends Reader {

    private static final int NONE = -2;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private int pending = NONE;
    private boolean started;
    // A failure met while looking one character ahead waits until the characters before it are read.
    private @Nullable IOException deferred;

    CsvText(Reader in) {
        this.in = in;
    }

    // FastCSV 4.1.0 loses or merges records when a quoted value that is not the first of its record holds a lone CR.
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (deferred != null) {
            throw deferred;
        }
        if (!started) {
            started = true;
            int first = in.read();
            pending = first == BYTE_ORDER_MARK ? NONE : first;
        }
        int count = fill(buffer, offset, length);
        if (count <= 0) {
            return count;
        }
        int end = offset + count;
        for (int at = offset; at < end - 1; at++) {
            if (buffer[at] == '\r' && buffer[at + 1] != '\n') {
                buffer[at] = '\n';
            }
        }
        if (buffer[end - 1] == '\r') {
            pending = lookAhead();
            if (pending != '\n') {
                buffer[end - 1] = '\n';
            }
        }
        return count;
    }

    private int lookAhead() {
        try {
            return in.read();
        } catch (IOException failed) {
            deferred = failed;
            return NONE;
        }
    }

    private int fill(char[] buffer, int offset, int length) throws IOException {
        if (pending == NONE) {
            return in.read(buffer, offset, length);
        }
        if (pending == -1) {
            return -1;
        }
        buffer[offset] = (char) pending;
        pending = NONE;
        int more = 0;
        try {
            more = length > 1 ? in.read(buffer, offset + 1, length - 1) : 0;
        } catch (IOException failed) {
            deferred = failed;
        }
        return 1 + Math.max(more, 0);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
