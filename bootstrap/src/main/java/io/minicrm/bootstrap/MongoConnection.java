package io.minicrm.bootstrap;

import java.util.Optional;

import io.minicrm.adapter.mongo.MongoStorage;

/** The MongoDB storage the engine runs on, and the in-process server under it when there is one. */
record MongoConnection(MongoStorage storage, Optional<EmbeddedMongo> embedded, String where) implements AutoCloseable {

    /** Closes the connection before the server it talks to. */
    @Override
    public void close() {
        storage.close();
        embedded.ifPresent(EmbeddedMongo::close);
    }
}
