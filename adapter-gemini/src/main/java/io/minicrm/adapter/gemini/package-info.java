/** The Gemini adapter: the application's language model on Google's Gemini REST API. */
@SecondaryAdapter
package io.minicrm.adapter.gemini;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
