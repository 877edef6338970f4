package io.minicrm.adapter.redis;

import java.util.Optional;

/** A cached value as Redis keeps it: the name of its type, a line break, and its JSON. */
record StoredValue(String type, String json) {

    static StoredValue parse(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? new StoredValue("", text) : new StoredValue(text.substring(0, end), text.substring(end + 1));
    }

    String text() {
        return type + "\n" + json;
    }

    /**
     * The value if it is of the given type; a value stored by another type is none, and so is one this version cannot
     * read (its type changed since it was put), so that the next put replaces it.
     */
    <T> Optional<T> as(Class<T> wanted) {
        if (!wanted.getName().equals(type)) {
            return Optional.empty();
        }
        try {
            return Optional.of(RedisJson.read(json, wanted));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
