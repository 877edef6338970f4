/**
 * The web app: pages rendered on the server (JTE templates under {@code src/main/jte}), updated in place with htmx,
 * over the same driving ports as the API. Page controllers fetch and shape; nothing here decides anything.
 */
@PrimaryAdapter
package io.minicrm.adapter.http.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
