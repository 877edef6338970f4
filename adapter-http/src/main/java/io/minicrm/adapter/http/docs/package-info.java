/** The error responses the OpenAPI document lists per operation, each with a Problem Details example. */
@PrimaryAdapter
package io.minicrm.adapter.http.docs;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
