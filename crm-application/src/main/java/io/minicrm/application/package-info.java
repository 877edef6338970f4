/**
 * The embeddable engine's front: {@link io.minicrm.application.Crm}, which composes the services with the adapters
 * chosen (so it is no hexagonal layer of its own), its settings, and the one exception that carries a refusal across
 * every port.
 */
package io.minicrm.application;
