package io.minicrm.application.inmemory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.minicrm.application.contract.CacheContract;
import io.minicrm.application.port.out.Cache;

class InMemoryCacheTest extends CacheContract {

    private final SettableClock clock = new SettableClock();

    @Override
    protected Cache newCache() {
        return new InMemoryCache(clock);
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    /** A clock that stands still until a test moves it on. */
    private static final class SettableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-11-24T06:30:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the cache reads instants only");
        }
    }
}
