/**
 * Internal: the campaign pipeline, the dispatcher, the senders and the receipt writer, each a consumer of the dispatch
 * queue. Not part of the API: {@code Crm} runs it, {@code PipelineSettings} paces it, and the classes here may change in
 * any release.
 */
@Application
package io.minicrm.application.pipeline;

import org.jmolecules.architecture.hexagonal.Application;
