package io.minicrm.adapter.http.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.ImportFile;
import io.minicrm.domain.shared.Problem;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Copies an upload to a temporary file as it arrives, so that its import starts only once its size is known to be
 * within the limit: a body cut off at the limit, or broken off by its sender, leaves nothing stored (ADR 0006).
 */
final class UploadSpool {

    private static final int COPIED = 64 * 1024;

    private final long limit;
    private final AtomicReference<ContentLengthExceededException> tooLarge = new AtomicReference<>();

    /** The most bytes the server takes, which it enforces itself; named when an upload passes it. */
    UploadSpool(long limit) {
        this.limit = limit;
    }

    /** The whole upload, once it has arrived; a refusal saying why, once it cannot. Reads the body when subscribed. */
    Mono<ImportFile> arrival(InputStream body, Charset charset) {
        return Mono.<ImportFile>fromCallable(() -> {
                    Path file = Files.createTempFile("mini-crm-upload-", ".csv");
                    try (InputStream in = body;
                            OutputStream out = Files.newOutputStream(file)) {
                        byte[] buffer = new byte[COPIED];
                        for (int read = received(in, buffer); read >= 0; read = received(in, buffer)) {
                            out.write(buffer, 0, read);
                        }
                        return new SpooledUpload(file, charset);
                    } catch (Exception failed) {
                        Files.deleteIfExists(file);
                        throw failed;
                    }
                })
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(BrokenOff.class, this::refusal);
    }

    private static int received(InputStream body, byte[] buffer) throws BrokenOff {
        try {
            return body.read(buffer);
        } catch (IOException | RuntimeException failure) {
            throw new BrokenOff(failure);
        }
    }

    /** The server's refusal of a body over the limit, when that is why the upload did not arrive. */
    Optional<ContentLengthExceededException> tooLarge() {
        return Optional.ofNullable(tooLarge.get());
    }

    /** Why the body stopped coming: past the limit, or its sender went away. */
    private Throwable refusal(BrokenOff failure) {
        if (UploadFailures.cause(failure) instanceof ContentLengthExceededException overLimit) {
            tooLarge.set(overLimit);
            return new CrmException(Problem.Invalid.of(
                    "",
                    String.format(
                            Locale.ROOT,
                            "the upload is larger than the %,d bytes this service takes (CRM_MAX_UPLOAD_SIZE); nothing was stored",
                            limit)));
        }
        return new CrmException(Problem.Invalid.of("", "the upload broke off before its end; nothing was stored"));
    }

    /** Reading the body failed, as opposed to writing its copy (a full disk, which is the server's failure). */
    private static final class BrokenOff extends IOException {
        BrokenOff(Throwable cause) {
            super(cause);
        }
    }
}
