package io.minicrm.adapter.http.event;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.serde.annotation.SerdeImport;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.LiveEvents;
import io.minicrm.application.port.shared.EventChannel;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;

/**
 * {@code /api/events}: the caller's workspace's changes as they happen, as Server-Sent Events named by channel, each
 * carrying the live event's versioned JSON, the same payload Redis carries between nodes.
 */
@Controller("/api/events")
@SerdeImport(LiveEvent.class)
public class EventController {

    private final LiveEvents events;
    private final WorkspaceResolver workspaces;
    private final Duration heartbeat;

    public EventController(
            LiveEvents events, WorkspaceResolver workspaces, @Value("${crm.sse.heartbeat:15s}") Duration heartbeat) {
        this.events = events;
        this.workspaces = workspaces;
        this.heartbeat = heartbeat;
    }

    /**
     * Streams events named by their channel ({@code customer:created}, …) with a versioned JSON payload; {@code channel}
     * takes a comma-separated list of channels to keep. A comment line comes at once and then periodically, so that
     * clients know the stream is live and proxies keep it open.
     */
    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    @InvalidResponse
    public Flux<Event<Object>> stream(HttpRequest<?> request, @Nullable @QueryValue String channel) {
        Set<EventChannel> wanted = channels(channel);
        WorkspaceId workspace = workspaces.workspaceOf(request);
        Flux<Event<Object>> relayed = events.of(workspace)
                .filter(event -> wanted.contains(event.channel()))
                .map(event -> Event.<Object>of(event).name(event.type()));
        // An empty data field makes a comment-only frame, which clients do not dispatch as an event.
        Flux<Event<Object>> heartbeats = Flux.interval(Duration.ZERO, heartbeat)
                .onBackpressureDrop()
                .map(tick -> Event.<Object>of("").comment("heartbeat"));
        return Flux.merge(relayed, heartbeats);
    }

    private static Set<EventChannel> channels(@Nullable String requested) {
        if (requested == null || requested.isBlank()) {
            return EnumSet.allOf(EventChannel.class);
        }
        Set<EventChannel> wanted = EnumSet.noneOf(EventChannel.class);
        for (String name : requested.split(",")) {
            wanted.add(EventChannel.named(name.strip())
                    .orElseThrow(() -> new CrmException(Problem.Invalid.of(
                            "channel",
                            "'" + name.strip() + "' is not a channel; channels are "
                                    + Arrays.stream(EventChannel.values())
                                            .map(EventChannel::channelName)
                                            .collect(Collectors.joining(", "))))));
        }
        return wanted;
    }
}
