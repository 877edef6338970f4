/** Signing in and choosing the workspace the pages act in. */
@PrimaryAdapter
package io.minicrm.adapter.http.web.account;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
