/** One service per capability, implementing its driving port over the driven ports. */
@Application
package io.minicrm.application.service;

import org.jmolecules.architecture.hexagonal.Application;
