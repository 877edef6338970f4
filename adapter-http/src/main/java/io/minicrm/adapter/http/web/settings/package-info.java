/** The settings page: an owner's members, invitations and API tokens. */
@PrimaryAdapter
package io.minicrm.adapter.http.web.settings;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
