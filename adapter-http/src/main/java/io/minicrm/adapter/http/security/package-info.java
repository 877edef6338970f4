/**
 * Who a request comes from and what it may do: local mode, API tokens, the session cookie of an OpenID Connect
 * sign-in, the workspace and role a request acts in, and the guards every response passes (CSRF, security headers).
 */
@PrimaryAdapter
package io.minicrm.adapter.http.security;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
