/**
 * Internal: importing customers and orders from CSV files, streamed in batches into the stores. Not part of the API:
 * embedders import through the {@code Imports} driving port, and the classes here may change in any release.
 */
@org.jmolecules.architecture.hexagonal.Application
package io.minicrm.application.importing;
