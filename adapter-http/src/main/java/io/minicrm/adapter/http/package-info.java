/** The REST API: controllers that hand each request to a driving port and map its answer to JSON. */
@PrimaryAdapter
package io.minicrm.adapter.http;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
