package io.minicrm.adapter.redis;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.config.Config;
import org.redisson.config.ConstantDelay;
import org.redisson.config.SingleServerConfig;

/**
 * One client to one Redis server, shared by the event publisher, the subscriber and the cache. Commands give up
 * quickly, so that an unreachable Redis costs a request little, and lost connections are re-opened and their
 * subscriptions renewed once Redis answers again.
 */
public final class RedisConnection implements AutoCloseable {

    /** How long a command may wait for Redis before it counts as failed. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);

    private final RedisSettings settings;
    private final RedissonClient client;

    private RedisConnection(RedisSettings settings, RedissonClient client) {
        this.settings = settings;
        this.client = client;
    }

    /** Connects at once, so that a wrong address or password stops the start instead of a later request. */
    public static RedisConnection open(RedisSettings settings) {
        Config config = new Config();
        config.setUseScriptCache(true);
        SingleServerConfig server = config.useSingleServer()
                .setAddress(settings.address())
                .setDatabase(settings.database())
                .setTimeout((int) COMMAND_TIMEOUT.toMillis())
                .setConnectTimeout(2_000)
                .setRetryAttempts(1)
                .setRetryDelay(new ConstantDelay(Duration.ofMillis(100)))
                .setReconnectionDelay(new ConstantDelay(Duration.ofMillis(250)))
                .setPingConnectionInterval(1_000)
                .setConnectionMinimumIdleSize(2)
                .setClientName("mini-crm");
        settings.username().ifPresent(server::setUsername);
        settings.password().ifPresent(server::setPassword);
        return new RedisConnection(settings, Redisson.create(config));
    }

    /** Whether Redis answers a ping within a second. */
    public boolean answers() {
        try {
            return client.getRedisNodes(RedisNodes.SINGLE).pingAll(1, TimeUnit.SECONDS);
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    public RedisSettings settings() {
        return settings;
    }

    RedissonClient client() {
        return client;
    }

    @Override
    public void close() {
        client.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
