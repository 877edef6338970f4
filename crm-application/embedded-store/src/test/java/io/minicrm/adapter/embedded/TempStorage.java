package io.minicrm.adapter.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.minicrm.domain.segment.RuleGenerators;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Opens storages in new directories, and after each test closes them and deletes their files. */
final class TempStorage implements AfterEachCallback {

    private final List<Path> directories = new ArrayList<>();
    private final List<EmbeddedStorage> storages = new ArrayList<>();

    EmbeddedStorage open() {
        try {
            Path directory = Files.createTempDirectory("embedded-store-");
            directories.add(directory);
            return open(directory);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    /** Opens another storage on a directory opened before, as a restarted service would. */
    EmbeddedStorage open(Path directory) {
        EmbeddedStorage storage = EmbeddedStorage.open(directory, RuleGenerators.CATALOGUE);
        storages.add(storage);
        return storage;
    }

    Path directoryOf(EmbeddedStorage storage) {
        return storage.file().getParent();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        storages.forEach(EmbeddedStorage::close);
        storages.clear();
        for (Path directory : directories) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        directories.clear();
    }
}
