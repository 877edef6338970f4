/** The embeddable engine: its entry point, settings and the one exception that carries a refusal. */
@Application
package io.minicrm.application;

import org.jmolecules.architecture.hexagonal.Application;
