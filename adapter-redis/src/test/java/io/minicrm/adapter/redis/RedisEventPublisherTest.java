package io.minicrm.adapter.redis;

import java.util.ArrayList;
import java.util.List;

import io.minicrm.application.contract.EventPublisherContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisEventPublisherTest extends EventPublisherContract {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();

    private final List<RedisEventSubscriber> subscribers = new ArrayList<>();

    @Override
    protected Bus newBus() {
        RedisEventSubscriber subscriber = new RedisEventSubscriber(REDIS.connection());
        subscribers.add(subscriber);
        return new Bus(new RedisEventPublisher(REDIS.connection()), subscriber);
    }

    @AfterEach
    void unsubscribe() {
        subscribers.forEach(RedisEventSubscriber::close);
    }
}
