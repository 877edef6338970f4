/** The assistant API: proposed rules, message variants, summaries, send times, lookalikes and tags. */
@PrimaryAdapter
package io.minicrm.adapter.http.assistant;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
