/** The Kafka adapters: driven ports of the application implemented on Kafka. */
@SecondaryAdapter
package io.minicrm.adapter.kafka;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
