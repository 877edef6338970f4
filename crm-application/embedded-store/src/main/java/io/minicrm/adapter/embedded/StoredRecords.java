package io.minicrm.adapter.embedded;

import io.minicrm.application.port.shared.ImportJob;
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

    StoredRecords(
            Table<Customer> customers,
            Table<Order> orders,
            Table<Segment> segments,
            Table<Campaign> campaigns,
            Table<Delivery> deliveries,
            Table<ImportJob> importJobs,
            Table<Suppression> suppressions) {
        this.customers = customers;
        this.orders = orders;
        this.segments = segments;
        this.campaigns = campaigns;
        this.deliveries = deliveries;
        this.importJobs = importJobs;
        this.suppressions = suppressions;
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
}
