/**
 * Internal: the assistant's features, each with an offline twin and a language-model path whose answers the domain
 * checks. Not part of the API: embedders reach it through {@code Crm} and {@code port.in.Assistant}.
 */
@Application
package io.minicrm.application.assistant;

import org.jmolecules.architecture.hexagonal.Application;
