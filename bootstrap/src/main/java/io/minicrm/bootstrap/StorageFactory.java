package io.minicrm.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.minicrm.adapter.embedded.EmbeddedStorage;
import io.minicrm.adapter.mongo.MongoSettings;
import io.minicrm.adapter.mongo.MongoStorage;
import io.minicrm.application.CrmSettings;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the storage {@code CRM_STORAGE} names: with {@code embedded} the file in {@code CRM_DATA_DIR}; with {@code mongo}
 * a connection to {@code CRM_MONGO_URI}, or without one to an in-process server whose data survives restarts in
 * {@code CRM_DATA_DIR}.
 */
@Factory
class StorageFactory {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFactory.class);

    @Singleton
    @Requires(condition = EmbeddedChosen.class)
    @Bean(preDestroy = "close")
    EmbeddedStorage embedded(
            @Value("${crm.data-dir}") String dataDirectory,
            CrmSettings settings,
            Optional<EarlyEmbeddedStorage> early) {
        long asked = System.nanoTime();
        Path directory = Path.of(dataDirectory);
        EarlyEmbeddedStorage.Opened opened = early.flatMap(begun -> begun.take(directory, settings.catalogue()))
                .orElseGet(() -> {
                    EmbeddedStorage storage = EmbeddedStorage.open(directory, settings.catalogue());
                    return new EarlyEmbeddedStorage.Opened(storage, Duration.ofNanos(System.nanoTime() - asked));
                });
        // Reading the file is most of a start with much data: its share is worth seeing when the start is slow.
        LOG.info(
                "Storage: embedded, in {}, read in {} ms (the start waited {} ms for it)",
                opened.storage().file(),
                opened.took().toMillis(),
                Duration.ofNanos(System.nanoTime() - asked).toMillis());
        return opened.storage();
    }

    @Singleton
    @Requires(condition = MongoChosen.class)
    @Bean(preDestroy = "close")
    MongoConnection mongo(
            @Value("${crm.mongo.uri:}") String uri,
            @Value("${crm.mongo.database}") String database,
            @Value("${crm.data-dir}") String dataDirectory,
            CrmSettings settings) {
        if (!uri.isBlank()) {
            MongoStorage storage = MongoStorage.open(new MongoSettings(uri, database), settings.catalogue());
            LOG.info("Storage: MongoDB database {} at CRM_MONGO_URI", database);
            return new MongoConnection(storage, Optional.empty(), "CRM_MONGO_URI");
        }
        EmbeddedMongo embedded = EmbeddedMongo.start(Path.of(dataDirectory));
        try {
            MongoStorage storage =
                    MongoStorage.open(new MongoSettings(embedded.connectionString(), database), settings.catalogue());
            LOG.info("Storage: embedded MongoDB keeping database {} in {}", database, embedded.file());
            return new MongoConnection(
                    storage, Optional.of(embedded), embedded.file().toString());
        } catch (RuntimeException failed) {
            embedded.close();
            throw failed;
        }
    }
}
