/** What the application needs from the outside world: storage, events, cache, queue, channel and writer. */
@SecondaryPort
package io.minicrm.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
