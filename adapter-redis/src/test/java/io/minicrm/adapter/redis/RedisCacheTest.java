package io.minicrm.adapter.redis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import io.minicrm.application.contract.CacheContract;
import io.minicrm.application.port.out.Cache;

class RedisCacheTest extends CacheContract {

    private static RedisServer server;
    private static RedisConnection redis;
    private RedisCache cache;

    @BeforeAll
    static void startRedis() {
        server = RedisServer.start();
        redis = RedisConnection.open(RedisSettings.parse(server.url()));
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
        server.close();
    }

    @Override
    protected Cache newCache() {
        redis.client().getKeys().flushall();
        cache = new RedisCache(redis);
        return cache;
    }

    @AfterEach
    void stopRetrying() {
        cache.close();
    }
}
