/**
 * The embeddable engine's front: {@link io.minicrm.application.Crm}, which composes the services with the adapters
 * chosen (so it is no hexagonal layer of its own), its settings, and the one exception that carries a refusal across
 * every port.
 *
 * <p>The API an embedder builds on is this package and {@code port.in} (the use cases), {@code port.out} and
 * {@code port.out.forwarding} (the driven ports, for adapters of one's own), {@code port.shared}, {@code blocking}
 * (the use cases without Reactor) and {@code inmemory} (the default adapters). The packages {@code service},
 * {@code pipeline} and {@code importing} are internal: no public signature of the API names one of their types, and
 * they may change in any release.
 */
package io.minicrm.application;
