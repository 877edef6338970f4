package io.minicrm.domain.segment;

import io.minicrm.domain.customer.Customer;

/** A rule made ready to test many customers: field look-ups and relative dates are resolved once. */
@FunctionalInterface
public interface CompiledRule {

    boolean matches(Customer customer);
}
