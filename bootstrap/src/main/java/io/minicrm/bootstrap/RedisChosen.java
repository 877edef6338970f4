package io.minicrm.bootstrap;

/** Holds when CRM_EVENTS or CRM_CACHE names redis, so that Redis is connected to only when something uses it. */
final class RedisChosen extends ChosenAdapter {

    RedisChosen() {
        super("redis", AdapterChoice.EVENTS, AdapterChoice.CACHE);
    }
}
