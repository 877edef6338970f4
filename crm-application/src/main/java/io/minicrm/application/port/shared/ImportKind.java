package io.minicrm.application.port.shared;

/** What a file holds. */
public enum ImportKind {
    CUSTOMERS,
    ORDERS
}
