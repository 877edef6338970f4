package io.minicrm.adapter.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.minicrm.application.port.shared.LiveEvent;

/**
 * The JSON that travels through Redis: live events in their versioned payload, and cached values. Times are ISO-8601
 * text, fractional numbers are read as decimals, and properties a later version adds are ignored when read.
 */
final class RedisJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RedisJson() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalArgumentException(
                    "cannot write " + value.getClass().getName() + " as JSON", unwritable);
        }
    }

    /** Fails with an {@link IllegalArgumentException} on a payload that is not a live event. */
    static LiveEvent event(String payload) {
        return read(payload, LiveEvent.class);
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException(
                    "not a " + type.getSimpleName() + ": " + unreadable.getOriginalMessage(), unreadable);
        }
    }
}
