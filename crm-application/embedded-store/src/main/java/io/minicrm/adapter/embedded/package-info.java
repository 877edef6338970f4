/**
 * The embedded adapters: every store port kept in one local file by H2's MVStore, decoded at start into the
 * application's in-memory stores, which answer every read.
 */
@SecondaryAdapter
package io.minicrm.adapter.embedded;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
