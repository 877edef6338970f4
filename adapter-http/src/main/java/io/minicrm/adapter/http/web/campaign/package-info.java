/** The campaign pages: the history, writing a campaign, and one campaign with its delivery log, live while sending. */
@PrimaryAdapter
package io.minicrm.adapter.http.web.campaign;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
