package io.minicrm.adapter.redis;

import io.minicrm.application.port.out.EventStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;

/** Logs every event heard on Redis, with its channel and payload, as the original system's Redis subscriber did. */
public final class RedisEventMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisEventMonitor.class);

    private final Disposable listening;

    public RedisEventMonitor(EventStream events) {
        this.listening = events.live().subscribe(event -> LOG.info("{} {}", event.type(), RedisJson.write(event)));
    }

    @Override
    public void close() {
        listening.dispose();
    }
}
