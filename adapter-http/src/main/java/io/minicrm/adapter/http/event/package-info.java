/** Live events: the engine's domain events relayed to browsers as Server-Sent Events. */
@PrimaryAdapter
package io.minicrm.adapter.http.event;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
