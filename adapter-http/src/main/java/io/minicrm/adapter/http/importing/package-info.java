/** CSV uploads of customers and orders, and the import jobs that follow them. */
@PrimaryAdapter
package io.minicrm.adapter.http.importing;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
