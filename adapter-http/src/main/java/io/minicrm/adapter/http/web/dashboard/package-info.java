/** The dashboard page: a workspace's figures, live. */
@PrimaryAdapter
package io.minicrm.adapter.http.web.dashboard;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
