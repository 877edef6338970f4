/** The segment pages: the workspace's segments, and the visual rule builder with its live preview. */
@PrimaryAdapter
package io.minicrm.adapter.http.web.segment;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
