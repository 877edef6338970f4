package io.minicrm.adapter.mongo;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.minicrm.domain.segment.RuleGenerators;

/**
 * The MongoDB the tests talk to over TCP with the real driver: the one {@code CRM_TEST_MONGO_URI} names, or else an
 * in-JVM wire-protocol server on a random loopback port, started once for the test run and stopped when it ends.
 * Every storage it opens gets a database of its own, so that every test starts empty.
 */
final class TestMongo {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String URI = Optional.ofNullable(System.getenv("CRM_TEST_MONGO_URI"))
            .filter(uri -> !uri.isBlank())
            .orElseGet(TestMongo::startInJvm);

    private TestMongo() {}

    static MongoSettings newDatabase() {
        return new MongoSettings(URI, "crm-test-" + ProcessHandle.current().pid() + "-" + DATABASES.incrementAndGet());
    }

    static MongoStorage open(MongoSettings settings) {
        return MongoStorage.open(settings, RuleGenerators.CATALOGUE);
    }

    private static String startInJvm() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        return "mongodb://127.0.0.1:" + address.getPort();
    }
}
