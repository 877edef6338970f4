/**
 * The use cases as plain calls that wait for their answer, for applications that do not use Reactor:
 * {@code crm.blocking().customers().create(...)} returns the customer or throws the {@code CrmException} that says
 * why not. Every class here is thread-safe and may be shared; a call holds its caller's thread until the answer comes,
 * so it must not be made on one of Reactor's non-blocking threads (inside an operator of a reactive pipeline).
 */
@PrimaryAdapter
package io.minicrm.application.blocking;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
