/** The orders' page: the workspace's orders, filtered by customer and date, with the workspace's totals. */
@PrimaryAdapter
package io.minicrm.adapter.http.web.order;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
