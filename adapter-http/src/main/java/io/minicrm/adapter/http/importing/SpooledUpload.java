package io.minicrm.adapter.http.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import io.minicrm.application.port.shared.ImportFile;

/** An upload that has arrived whole, in a temporary file of its own, deleted once the import is done with it. */
record SpooledUpload(Path file, Charset charset) implements ImportFile {

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
