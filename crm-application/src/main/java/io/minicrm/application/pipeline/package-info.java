/** The campaign pipeline: the dispatcher, the senders and the receipt writer, each a consumer of the dispatch queue. */
@Application
package io.minicrm.application.pipeline;

import org.jmolecules.architecture.hexagonal.Application;
