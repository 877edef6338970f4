/** The e-mail channel over SMTP: pooled connections, a send-rate limit, and each server reply mapped to an outcome. */
@SecondaryAdapter
package io.minicrm.adapter.smtp;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
