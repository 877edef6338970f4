/** {@code /api/me}, {@code /api/members}, {@code /api/tokens}, {@code /api/audit}: who is signed in and who may do what. */
@PrimaryAdapter
package io.minicrm.adapter.http.identity;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
