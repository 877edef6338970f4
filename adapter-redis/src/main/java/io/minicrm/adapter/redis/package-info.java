/** The Redis adapters: driven ports of the application implemented on Redis. */
@SecondaryAdapter
package io.minicrm.adapter.redis;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
