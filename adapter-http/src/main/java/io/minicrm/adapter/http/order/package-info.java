/** The orders API: recording orders and listing them, also per customer. */
@PrimaryAdapter
package io.minicrm.adapter.http.order;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
