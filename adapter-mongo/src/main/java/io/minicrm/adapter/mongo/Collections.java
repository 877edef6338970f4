package io.minicrm.adapter.mongo;

/** The names of the collections the stores keep their documents in. */
final class Collections {

    static final String CUSTOMERS = "customers";
    static final String ORDERS = "orders";
    static final String SEGMENTS = "segments";
    static final String CAMPAIGNS = "campaigns";
    static final String DELIVERIES = "deliveries";
    static final String IMPORT_JOBS = "importJobs";
    static final String USERS = "users";
    static final String MEMBERS = "members";
    static final String INVITATIONS = "invitations";
    static final String TOKENS = "tokens";
    static final String AUDIT = "audit";
    static final String SUPPRESSIONS = "suppressions";

    private Collections() {}
}
