/** Importing customers and orders from CSV files, streamed in batches into the stores. */
@org.jmolecules.architecture.hexagonal.Application
package io.minicrm.application.importing;
