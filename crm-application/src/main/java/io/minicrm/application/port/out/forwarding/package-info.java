/**
 * Decorators' starting points: for each driven port, a base class that passes every call to another adapter of it,
 * so that a decorator (logging, metrics, a failure injected in a test) overrides only the calls it changes. A method
 * added to a port is added here too, so a decorator never drops a call silently.
 */
@SecondaryPort
package io.minicrm.application.port.out.forwarding;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
