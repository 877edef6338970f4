package io.minicrm.application;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Where an engine is in its life (built, starting, started, then closed for good), refusing what its state does not
 * allow with an {@link IllegalStateException} that says why, and guarding the ports it hands out.
 */
final class EngineLife {

    private enum State {
        BUILT,
        STARTING,
        STARTED,
        CLOSED
    }

    private final AtomicReference<State> state = new AtomicReference<>(State.BUILT);
    private final Sinks.Empty<Void> closed = Sinks.empty();

    /** Completes once the engine is closed. */
    Mono<Void> closed() {
        return closed.asMono();
    }

    void starting() {
        if (!state.compareAndSet(State.BUILT, State.STARTING)) {
            throw new IllegalStateException(
                    switch (state.get()) {
                        case CLOSED ->
                            "this engine is closed and cannot start again: build a new one over the same adapters, "
                                    + "where campaigns in flight resume";
                        case BUILT, STARTING, STARTED -> "this engine is already started: start() is called once";
                    });
        }
    }

    void started() {
        state.compareAndSet(State.STARTING, State.STARTED);
    }

    /** A start failed: the engine is as built, to be started again. */
    void startFailed() {
        state.compareAndSet(State.STARTING, State.BUILT);
    }

    /** Marks the engine closed; false when it already was. */
    boolean close() {
        if (state.getAndSet(State.CLOSED) == State.CLOSED) {
            return false;
        }
        closed.tryEmitEmpty();
        return true;
    }

    /** The value, unless the engine is closed. */
    <T> T open(T value) {
        if (state.get() == State.CLOSED) {
            throw new IllegalStateException("this engine is closed: build and start a new one to go on (the adapters "
                    + "keep what was written)");
        }
        return value;
    }

    /** The port, refusing every call once the engine is closed, even when it was handed out before. */
    <T> T guarded(Class<T> type, T port) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> arguments != null && proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getSimpleName() + " of " + port;
                };
            }
            open(port);
            try {
                return method.invoke(port, arguments);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause() != null ? thrown.getCause() : thrown;
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
