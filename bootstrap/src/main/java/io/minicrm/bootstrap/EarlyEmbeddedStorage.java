package io.minicrm.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.minicrm.adapter.embedded.EmbeddedStorage;
import io.minicrm.domain.segment.FieldCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded storage opened on a thread of its own while the framework starts, when the environment chooses it:
 * reading a large file is most of a start, and the framework's own start keeps one core busy for about a second. The
 * storage factory takes it when the configuration resolved meanwhile agrees on the directory and the catalogue; when it
 * does not, or another storage was chosen in the end, it is closed unused.
 */
final class EarlyEmbeddedStorage {

    /** The embedded storage and how long opening it took. */
    record Opened(EmbeddedStorage storage, Duration took) {}

    private static final Logger LOG = LoggerFactory.getLogger(EarlyEmbeddedStorage.class);

    // application.yml's default for crm.data-dir: were they to differ, the file would only be opened again.
    private static final String DEFAULT_DIRECTORY = "./data";

    private final Path directory;
    private final FieldCatalogue catalogue;
    private final CompletableFuture<Opened> opening = new CompletableFuture<>();
    private boolean settled;

    private EarlyEmbeddedStorage(Path directory, FieldCatalogue catalogue) {
        this.directory = directory;
        this.catalogue = catalogue;
    }

    /** Begins opening the storage when the environment chooses the embedded one. */
    static Optional<EarlyEmbeddedStorage> begin(Map<String, String> environment) {
        boolean chosen = Optional.ofNullable(environment.get(AdapterChoice.STORAGE.variable()))
                .flatMap(AdapterChoice.STORAGE::parse)
                .filter("embedded"::equals)
                .isPresent();
        if (!chosen) {
            return Optional.empty();
        }
        EarlyEmbeddedStorage early = new EarlyEmbeddedStorage(
                normal(Path.of(environment.getOrDefault("CRM_DATA_DIR", DEFAULT_DIRECTORY))),
                FieldCatalogue.standard());
        Thread.ofPlatform().daemon().name("embedded-storage-opening").start(early::open);
        return Optional.of(early);
    }

    private void open() {
        long started = System.nanoTime();
        try {
            EmbeddedStorage storage = EmbeddedStorage.open(directory, catalogue);
            opening.complete(new Opened(storage, Duration.ofNanos(System.nanoTime() - started)));
        } catch (RuntimeException | Error failed) {
            // The factory waits on this: whatever stopped the opening must reach it, or the start would wait forever.
            opening.completeExceptionally(failed);
            if (failed instanceof Error error) {
                throw error;
            }
        }
    }

    /**
     * The storage opened early, once it is, if it was opened for this directory and catalogue, failing as opening it
     * failed; the caller then owns it. Otherwise empty, and the early storage is closed.
     */
    synchronized Optional<Opened> take(Path configured, FieldCatalogue configuredCatalogue) {
        if (settled || !normal(configured).equals(directory) || !configuredCatalogue.equals(catalogue)) {
            release();
            return Optional.empty();
        }
        settled = true;
        try {
            return Optional.of(opening.join());
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /**
     * Closes the storage, once open, if no one took it: the configuration chose another storage or directory in the
     * end. A failure to open it is no one's: the configuration did not ask for that directory.
     */
    synchronized void release() {
        if (settled) {
            return;
        }
        settled = true;
        try {
            opening.join().storage().close();
            LOG.info(
                    "The embedded storage in {}, opened as the environment chose it, is closed: the configuration "
                            + "chose another",
                    directory);
        } catch (CompletionException unused) {
            LOG.info(
                    "The embedded storage in {}, which the environment chose, could not be opened, and the "
                            + "configuration chose another: {}",
                    directory,
                    unused.getCause().getMessage());
        }
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
