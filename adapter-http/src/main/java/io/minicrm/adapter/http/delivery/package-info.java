/** The deliveries API: each campaign's communication log and the vendors' receipt callback. */
@PrimaryAdapter
package io.minicrm.adapter.http.delivery;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
