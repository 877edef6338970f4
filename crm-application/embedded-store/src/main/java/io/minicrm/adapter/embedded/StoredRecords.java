package io.minicrm.adapter.embedded;

import io.minicrm.application.port.shared.ApiToken;
import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.Invitation;
import io.minicrm.application.port.shared.Membership;
import io.minicrm.application.port.shared.User;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.suppression.Suppression;
import reactor.core.publisher.Flux;

/** Every record the file holds, of every workspace, read from the file as a subscriber asks: what a copy moves. */
public final class StoredRecords {

    private final Table<Customer> customers;
    private final Table<Order> orders;
    private final Table<Segment> segments;
    private final Table<Campaign> campaigns;
    private final Table<Delivery> deliveries;
    private final Table<ImportJob> importJobs;
    private final Table<Suppression> suppressions;
    private final Table<User> users;
    private final Table<Membership> memberships;
    private final Table<Invitation> invitations;
    private final Table<ApiToken> tokens;
    private final Table<AuditEntry> auditEntries;

    @SuppressWarnings("TooManyParameters") // one table per kind of record, each named at the one place they are opened
    StoredRecords(
            Table<Customer> customers,
            Table<Order> orders,
            Table<Segment> segments,
            Table<Campaign> campaigns,
            Table<Delivery> deliveries,
            Table<ImportJob> importJobs,
            Table<Suppression> suppressions,
            Table<User> users,
            Table<Membership> memberships,
            Table<Invitation> invitations,
            Table<ApiToken> tokens,
            Table<AuditEntry> auditEntries) {
        this.customers = customers;
        this.orders = orders;
        this.segments = segments;
        this.campaigns = campaigns;
        this.deliveries = deliveries;
        this.importJobs = importJobs;
        this.suppressions = suppressions;
        this.users = users;
        this.memberships = memberships;
        this.invitations = invitations;
        this.tokens = tokens;
        this.auditEntries = auditEntries;
    }

    public Flux<Customer> customers() {
        return customers.all();
    }

    public Flux<Order> orders() {
        return orders.all();
    }

    public Flux<Segment> segments() {
        return segments.all();
    }

    public Flux<Campaign> campaigns() {
        return campaigns.all();
    }

    public Flux<Delivery> deliveries() {
        return deliveries.all();
    }

    public Flux<ImportJob> importJobs() {
        return importJobs.all();
    }

    public Flux<Suppression> suppressions() {
        return suppressions.all();
    }

    public Flux<User> users() {
        return users.all();
    }

    public Flux<Membership> memberships() {
        return memberships.all();
    }

    public Flux<Invitation> invitations() {
        return invitations.all();
    }

    public Flux<ApiToken> tokens() {
        return tokens.all();
    }

    /** The audit trail, oldest entry first. */
    public Flux<AuditEntry> auditEntries() {
        return auditEntries.all();
    }

    Table<Customer> customerTable() {
        return customers;
    }

    Table<Order> orderTable() {
        return orders;
    }

    Table<Segment> segmentTable() {
        return segments;
    }

    Table<Campaign> campaignTable() {
        return campaigns;
    }

    Table<ImportJob> importJobTable() {
        return importJobs;
    }

    Table<Suppression> suppressionTable() {
        return suppressions;
    }

    Table<User> userTable() {
        return users;
    }

    Table<Membership> membershipTable() {
        return memberships;
    }

    Table<Invitation> invitationTable() {
        return invitations;
    }

    Table<ApiToken> tokenTable() {
        return tokens;
    }

    Table<AuditEntry> auditTable() {
        return auditEntries;
    }
}
