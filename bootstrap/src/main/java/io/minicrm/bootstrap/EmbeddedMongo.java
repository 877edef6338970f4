package io.minicrm.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * An in-process MongoDB wire-protocol server keeping its data in one H2 file under the data directory, on a free
 * loopback port: what {@code CRM_STORAGE=mongo} talks to when no {@code CRM_MONGO_URI} names a real server.
 */
final class EmbeddedMongo implements AutoCloseable {

    static final String FILE = "mini-crm.mv.db";

    private final MongoServer server;
    private final Path file;

    private EmbeddedMongo(MongoServer server, Path file) {
        this.server = server;
        this.file = file;
    }

    static EmbeddedMongo start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(
                    "cannot create the data directory " + dataDirectory.toAbsolutePath(), unwritable);
        }
        Path file = dataDirectory.resolve(FILE).toAbsolutePath();
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        return new EmbeddedMongo(server, file);
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    Path file() {
        return file;
    }

    /** Stops listening and writes everything to the file. */
    @Override
    public void close() {
        server.shutdown();
    }
}
