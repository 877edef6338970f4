/** The segments API: segments, their rules as text or JSON, rule checks and audience previews. */
@PrimaryAdapter
package io.minicrm.adapter.http.segment;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
