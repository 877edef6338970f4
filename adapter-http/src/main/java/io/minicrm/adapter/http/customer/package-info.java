/** {@code /api/customers}: customers in JSON. */
@PrimaryAdapter
package io.minicrm.adapter.http.customer;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
