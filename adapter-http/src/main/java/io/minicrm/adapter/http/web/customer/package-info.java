/** The customers' pages: the list, a customer's page, the add and edit forms, and CSV imports of customers and orders. */
@PrimaryAdapter
package io.minicrm.adapter.http.web.customer;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
