/** The in-memory adapters the engine runs on when embedded with no server: every driven port, in one JVM's memory. */
@SecondaryAdapter
package io.minicrm.application.inmemory;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
