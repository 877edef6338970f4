/** The vendor adapter: messages handed to a vendor's HTTP API, and a simulator of such a vendor. */
@SecondaryAdapter
package io.minicrm.adapter.vendor;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
