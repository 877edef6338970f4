package io.minicrm.application.port.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A whole CSV file, which an import reads twice (to check it, then to store its rows), and the charset its text is in.
 * The import closes it once done with it, which deletes a temporary copy.
 */
public interface ImportFile extends AutoCloseable {

    /** Reads the file from its start; every call gives a stream of its own. */
    InputStream open() throws IOException;

    Charset charset();

    @Override
    default void close() throws IOException {}

    /** A file on disk, left in place once imported. */
    static ImportFile of(Path file, Charset charset) {
        return new OnDisk(file, charset);
    }

    /** A file held in memory, as given now. */
    static ImportFile of(byte[] content, Charset charset) {
        Objects.requireNonNull(charset, "charset");
        byte[] copy = content.clone();
        return new ImportFile() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }

            @Override
            public Charset charset() {
                return charset;
            }
        };
    }

    /** A file on disk, left in place once imported. */
    record OnDisk(Path file, Charset charset) implements ImportFile {
        public OnDisk {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(charset, "charset");
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }
}
