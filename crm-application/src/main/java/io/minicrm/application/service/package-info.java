/**
 * Internal: one service per capability, implementing its driving port over the driven ports. Not part of the API:
 * embedders reach these through {@code Crm} and the driving ports of {@code port.in}, and the classes here may change
 * in any release.
 */
@Application
package io.minicrm.application.service;

import org.jmolecules.architecture.hexagonal.Application;
