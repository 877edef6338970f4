package io.minicrm.adapter.redis;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import io.minicrm.application.contract.EventPublisherContract;

class RedisEventPublisherTest extends EventPublisherContract {

    private static RedisServer server;
    private static RedisConnection redis;
    private final List<RedisEventSubscriber> subscribers = new ArrayList<>();

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
    protected Bus newBus() {
        RedisEventSubscriber subscriber = new RedisEventSubscriber(redis);
        subscribers.add(subscriber);
        return new Bus(new RedisEventPublisher(redis), subscriber);
    }

    @AfterEach
    void unsubscribe() {
        subscribers.forEach(RedisEventSubscriber::close);
    }
}
