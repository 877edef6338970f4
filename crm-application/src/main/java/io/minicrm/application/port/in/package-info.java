/** The use cases a driving adapter (HTTP, an embedding application) calls, grouped by capability. */
@PrimaryPort
package io.minicrm.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
