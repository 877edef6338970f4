package io.minicrm.adapter.http.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** An uploaded file as the importer reads it, telling when the importer is done with it: read to its end, broken off, or closed. */
final class UploadStream extends FilterInputStream {

    private final Sinks.Empty<Void> released = Sinks.empty();

    UploadStream(InputStream upload) {
        super(upload);
    }

    /** Completes once the whole upload has been read or the importer has given up on it; fails as reading it failed. */
    Mono<Void> released() {
        return released.asMono();
    }

    @Override
    public int read() throws IOException {
        try {
            return releasedAtEnd(super.read());
        } catch (IOException | RuntimeException failure) {
            released.tryEmitError(failure);
            throw failure;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return releasedAtEnd(super.read(buffer, offset, length));
        } catch (IOException | RuntimeException failure) {
            released.tryEmitError(failure);
            throw failure;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            released.tryEmitEmpty();
        }
    }

    private int releasedAtEnd(int read) {
        if (read < 0) {
            released.tryEmitEmpty();
        }
        return read;
    }
}
