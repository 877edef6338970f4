package io.minicrm.application.port.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * A change as live views and other nodes receive it: payload version {@code v}, its channel as {@code type}, the
 * workspace it happened in, when, and a small summary of what changed (ids and key fields). Its components are its
 * JSON form, the same on every transport: {@code {"v":1,"type":"customer:created","workspace":"default","at":…,"data":{…}}}.
 * Summary values are text, booleans or numbers; every number is held as a {@link BigDecimal}, so a payload read back
 * from JSON equals the one written.
 */
public record LiveEvent(int v, String type, String workspace, Instant at, Map<String, Object> data) {

    /** Bumped when a payload changes incompatibly, so that readers can tell. */
    public static final int VERSION = 1;

    public LiveEvent {
        if (v != VERSION) {
            throw new IllegalArgumentException("v: payload version " + v + " is not " + VERSION);
        }
        if (EventChannel.named(type).isEmpty()) {
            throw new IllegalArgumentException("type: '" + type + "' is not a channel");
        }
        workspace = new WorkspaceId(workspace).value();
        Objects.requireNonNull(at, "at");
        data = normalised(data);
    }

    /** The live form of a domain event; empty for an event of a kind no channel carries. */
    public static Optional<LiveEvent> of(CrmEvent event) {
        return EventChannel.of(event)
                .map(channel -> new LiveEvent(
                        VERSION,
                        channel.channelName(),
                        event.workspace().value(),
                        event.occurredAt(),
                        LiveEventSummaries.summary(event)));
    }

    public EventChannel channel() {
        return EventChannel.named(type).orElseThrow();
    }

    public WorkspaceId workspaceId() {
        return new WorkspaceId(workspace);
    }

    /** The event as a typed record of its kind, its figures as numbers. */
    public WorkspaceEvent typed() {
        return TypedEvents.of(this);
    }

    private static Map<String, Object> normalised(Map<String, Object> data) {
        Map<String, Object> copy = new LinkedHashMap<>();
        data.forEach((key, value) -> copy.put(
                Objects.requireNonNull(key, "data key"),
                switch (value) {
                    case String text -> text;
                    case Boolean flag -> flag;
                    case BigDecimal decimal -> decimal;
                    case BigInteger whole -> new BigDecimal(whole);
                    case Long whole -> BigDecimal.valueOf(whole);
                    case Integer whole -> BigDecimal.valueOf(whole);
                    case Number number -> new BigDecimal(number.toString());
                    case null -> throw new IllegalArgumentException("data." + key + ": a value is required");
                    default ->
                        throw new IllegalArgumentException("data." + key + ": "
                                + value.getClass().getSimpleName() + " is not text, a boolean or a number");
                }));
        return Collections.unmodifiableMap(copy);
    }
}
