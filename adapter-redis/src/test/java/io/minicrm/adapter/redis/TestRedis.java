package io.minicrm.adapter.redis;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A redis-server and a connection to it for one test class: started before its first test, stopped after its last. */
final class TestRedis implements BeforeAllCallback, AfterAllCallback {

    private RedisServer server;
    private RedisConnection connection;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = RedisServer.start();
        connection = RedisConnection.open(RedisSettings.parse(server.url()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        connection.close();
        server.close();
    }

    RedisServer server() {
        return server;
    }

    RedisConnection connection() {
        return connection;
    }
}
