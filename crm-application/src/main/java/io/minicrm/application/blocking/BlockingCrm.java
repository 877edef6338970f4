package io.minicrm.application.blocking;

import java.time.Duration;
import java.util.function.Consumer;

import io.minicrm.application.Crm;
import io.minicrm.application.port.in.Dashboard;
import io.minicrm.application.port.shared.WorkspaceEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.Disposable;

/**
 * An engine's use cases as plain calls that wait for their answer: each returns a value (an {@code Optional} where
 * there may be none, a {@code List} for a stream) or throws the {@code CrmException} carrying the refusal, a
 * {@link BlockingTimeoutException} when no answer comes within the timeout, or an {@code IllegalStateException} once
 * the engine is closed. Thread-safe; calls from several threads run concurrently.
 */
public final class BlockingCrm {

    /** How long each call waits for its answer unless the engine is asked for a facade with another timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(1);

    private final Crm crm;
    private final Waiting waiting;

    public BlockingCrm(Crm crm, Duration timeout) {
        this.crm = crm;
        this.waiting = new Waiting(timeout);
    }

    public BlockingCustomers customers() {
        return new BlockingCustomers(crm.customers(), waiting);
    }

    public BlockingOrders orders() {
        return new BlockingOrders(crm.orders(), waiting);
    }

    public BlockingSegments segments() {
        return new BlockingSegments(crm.segments(), waiting);
    }

    public BlockingCampaigns campaigns() {
        return new BlockingCampaigns(crm.campaigns(), waiting);
    }

    public BlockingDeliveries deliveries() {
        return new BlockingDeliveries(crm.deliveries(), waiting);
    }

    public BlockingImports imports() {
        return new BlockingImports(crm.imports(), waiting);
    }

    public Dashboard dashboard(WorkspaceId workspace) {
        return waiting.value(crm.insights().dashboard(workspace));
    }

    /**
     * Hands each of the workspace's events, from now on, to {@code listener}, one at a time on one of the engine's
     * threads (so the listener must not block for long), until the returned handle is closed or the engine closes. A
     * listener that falls behind receives a {@link WorkspaceEvent.Missed} in place of the events it lost.
     */
    public AutoCloseable onEvent(WorkspaceId workspace, Consumer<? super WorkspaceEvent> listener) {
        Disposable subscription = crm.events().follow(workspace).subscribe(listener);
        return subscription::dispose;
    }

    /** How long each call waits for its answer. */
    public Duration timeout() {
        return waiting.timeout();
    }
}
