package io.minicrm.adapter.mongo;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.core.publisher.Mono;

/** Opens storages on empty databases of the test MongoDB, and after each test closes them and drops their databases. */
final class FreshStorage implements AfterEachCallback {

    private final List<MongoSettings> opened = new ArrayList<>();
    private final List<MongoStorage> storages = new ArrayList<>();

    MongoStorage open() {
        MongoSettings settings = TestMongo.newDatabase();
        opened.add(settings);
        return open(settings);
    }

    /** Opens another storage on a database opened before, as a restarted service would. */
    MongoStorage open(MongoSettings settings) {
        MongoStorage storage = TestMongo.open(settings);
        storages.add(storage);
        return storage;
    }

    MongoSettings settingsOf(MongoStorage storage) {
        return opened.stream()
                .filter(settings -> settings.database().equals(storage.databaseName()))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        storages.forEach(MongoStorage::close);
        storages.clear();
        for (MongoSettings settings : opened) {
            try (MongoClient client = MongoClients.create(settings.uri())) {
                Mono.from(client.getDatabase(settings.database()).drop()).block();
            }
        }
        opened.clear();
    }
}
