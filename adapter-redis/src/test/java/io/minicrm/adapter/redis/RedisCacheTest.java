package io.minicrm.adapter.redis;

import io.minicrm.application.contract.CacheContract;
import io.minicrm.application.port.out.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisCacheTest extends CacheContract {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();

    private RedisCache cache;

    @Override
    protected Cache newCache() {
        REDIS.connection().client().getKeys().flushall();
        cache = new RedisCache(REDIS.connection());
        return cache;
    }

    @AfterEach
    void stopRetrying() {
        cache.close();
    }
}
