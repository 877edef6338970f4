/** What driving and driven ports share: listings, the pages they come in, and the filters that choose them. */
@Port
package io.minicrm.application.port.shared;

import org.jmolecules.architecture.hexagonal.Port;
