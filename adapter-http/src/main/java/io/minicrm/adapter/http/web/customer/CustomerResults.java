package io.minicrm.adapter.http.web.customer;

import java.util.List;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.adapter.http.web.order.Pager;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.Customer;

/** One page of the customer list, as the query asked for it. */
public record CustomerResults(
        CustomerQuery query, List<CustomerRow> rows, Pager pager, String matching, String previous, String next) {

    public CustomerResults {
        rows = List.copyOf(rows);
    }

    static CustomerResults of(CustomerQuery query, Page<Customer> found) {
        return new CustomerResults(
                query,
                found.items().stream().map(CustomerRow::of).toList(),
                new Pager(query.page(), CustomerQuery.SIZE, found.total()),
                Formats.count(found.total()) + (found.total() == 1 ? " customer" : " customers"),
                query.pageLink(Math.max(0, query.page() - 1)),
                found.items().isEmpty()
                        ? query.pageLink(query.page() + 1)
                        : query.nextLink(found.items().getLast()));
    }
}
