package io.minicrm.adapter.mongo;

import java.util.Objects;

/** Where the data lives: a MongoDB connection string and the database within it. */
public record MongoSettings(String uri, String database) {

    public MongoSettings {
        Objects.requireNonNull(uri, "uri");
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("a MongoDB database name is required");
        }
    }
}
