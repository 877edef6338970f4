/** The Mongo adapters: driven ports of the application implemented on Mongo. */
@SecondaryAdapter
package io.minicrm.adapter.mongo;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
