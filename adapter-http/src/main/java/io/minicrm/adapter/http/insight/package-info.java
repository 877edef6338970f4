/** The insights API: the figures that sum up a workspace. */
@PrimaryAdapter
package io.minicrm.adapter.http.insight;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
