package io.minicrm.bootstrap;

import java.nio.file.Path;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.minicrm.adapter.embedded.EmbeddedStorage;
import io.minicrm.adapter.mongo.MongoSettings;
import io.minicrm.adapter.mongo.MongoStorage;
import io.minicrm.domain.segment.FieldCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code copy-to-mongo}: copies the embedded file in {@code CRM_DATA_DIR} into the MongoDB at {@code CRM_MONGO_URI},
 * database {@code CRM_MONGO_DATABASE}, reading the settings the service reads, without starting the service.
 */
final class CopyCommand {

    static final String NAME = "copy-to-mongo";
    private static final Logger LOG = LoggerFactory.getLogger(CopyCommand.class);

    private CopyCommand() {}

    static Map<String, Long> run(String[] args) {
        try (ApplicationContext context =
                ApplicationContext.builder(MiniCrm.class).args(args).build()) {
            Environment settings = context.getEnvironment().start();
            String uri = settings.getProperty("crm.mongo.uri", String.class).orElse("");
            if (uri.isBlank()) {
                throw new IllegalArgumentException(NAME + " needs CRM_MONGO_URI: the MongoDB to copy the data into");
            }
            String database = settings.getRequiredProperty("crm.mongo.database", String.class);
            Path directory = Path.of(settings.getRequiredProperty("crm.data-dir", String.class));
            try (EmbeddedStorage from = EmbeddedStorage.open(directory, FieldCatalogue.standard());
                    MongoStorage to = MongoStorage.open(new MongoSettings(uri, database), FieldCatalogue.standard())) {
                Map<String, Long> copied = CopyToMongo.copy(from, to);
                LOG.info("Copied {} from {} into MongoDB database {}", copied, from.file(), database);
                return copied;
            }
        }
    }
}
