package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.minicrm.adapter.embedded.EmbeddedStorage;
import io.minicrm.domain.segment.FieldCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyEmbeddedStorageTest {

    @TempDir
    Path directory;

    @Test
    void the_storage_the_environment_chose_is_taken_for_the_configured_directory_and_stays_open() {
        EarlyEmbeddedStorage early = EarlyEmbeddedStorage.begin(
                        Map.of("CRM_STORAGE", " Embedded", "CRM_DATA_DIR", directory.toString()))
                .orElseThrow();

        try (EmbeddedStorage storage = early.take(directory.resolve("."), FieldCatalogue.standard())
                .orElseThrow()
                .storage()) {
            early.release();

            assertThat(storage.isOpen()).isTrue();
            assertThat(storage.file()).isEqualTo(directory.resolve(EmbeddedStorage.FILE));
        }
    }

    @Test
    void configured_for_another_directory_it_is_closed_so_that_its_own_can_be_opened() {
        Path other = directory.resolve("other");
        EarlyEmbeddedStorage early = EarlyEmbeddedStorage.begin(
                        Map.of("CRM_STORAGE", "embedded", "CRM_DATA_DIR", directory.toString()))
                .orElseThrow();

        assertThat(early.take(other, FieldCatalogue.standard())).isEmpty();

        try (EmbeddedStorage reopened = EmbeddedStorage.open(directory, FieldCatalogue.standard())) {
            assertThat(reopened.isOpen()).isTrue();
        }
    }

    @Test
    void when_another_storage_is_configured_in_the_end_it_is_closed() {
        EarlyEmbeddedStorage early = EarlyEmbeddedStorage.begin(
                        Map.of("CRM_STORAGE", "embedded", "CRM_DATA_DIR", directory.toString()))
                .orElseThrow();

        early.release();

        try (EmbeddedStorage reopened = EmbeddedStorage.open(directory, FieldCatalogue.standard())) {
            assertThat(reopened.isOpen()).isTrue();
        }
    }

    @Test
    void nothing_is_opened_unless_the_environment_chooses_the_embedded_storage() {
        assertThat(EarlyEmbeddedStorage.begin(Map.of("CRM_STORAGE", "memory", "CRM_DATA_DIR", directory.toString())))
                .isEmpty();
        assertThat(EarlyEmbeddedStorage.begin(Map.of("CRM_DATA_DIR", directory.toString())))
                .isEmpty();
        assertThat(directory.resolve(EmbeddedStorage.FILE)).doesNotExist();
    }

    @Test
    void a_directory_that_cannot_be_opened_fails_the_taking_with_the_reason() throws IOException {
        Path notADirectory = Files.writeString(directory.resolve("data"), "a file, not a directory");
        EarlyEmbeddedStorage early = EarlyEmbeddedStorage.begin(
                        Map.of("CRM_STORAGE", "embedded", "CRM_DATA_DIR", notADirectory.toString()))
                .orElseThrow();

        assertThatThrownBy(() -> early.take(notADirectory, FieldCatalogue.standard()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot create the data directory");
    }
}
