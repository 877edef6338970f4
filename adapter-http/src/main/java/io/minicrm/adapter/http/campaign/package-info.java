/** The campaigns API: writing, scheduling, queueing and following campaigns, and proposing their messages. */
@PrimaryAdapter
package io.minicrm.adapter.http.campaign;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
