/** The suppression API: each workspace's suppression list, lifting an entry, and the one-click unsubscribe link. */
@PrimaryAdapter
package io.minicrm.adapter.http.suppression;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
