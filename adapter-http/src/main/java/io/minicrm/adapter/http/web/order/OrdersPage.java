package io.minicrm.adapter.http.web.order;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.web.Htmx;
import io.minicrm.adapter.http.web.Pages;
import io.minicrm.adapter.http.web.Section;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.in.Insights;
import io.minicrm.application.port.in.Orders;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.workspace.WorkspaceId;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code /orders}: the workspace's orders, newest first, filtered by customer and days, with the workspace's totals. */
@Hidden
@Controller("/orders")
public class OrdersPage {

    private final Pages pages;
    private final Orders orders;
    private final Customers customers;
    private final Insights insights;
    private final WorkspaceResolver workspaces;

    public OrdersPage(
            Pages pages, Orders orders, Customers customers, Insights insights, WorkspaceResolver workspaces) {
        this.pages = pages;
        this.orders = orders;
        this.customers = customers;
        this.insights = insights;
        this.workspaces = workspaces;
    }

    /** The whole page, or for htmx the filters and the table alone. */
    @Get(produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> list(
            HttpRequest<?> request,
            @Nullable @QueryValue String customer,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String until,
            @Nullable @QueryValue String page) {
        WorkspaceId workspace = workspaces.workspaceOf(request);
        OrderQuery query = OrderQuery.read(customer, from, until, page);
        Mono<OrderResults> results = chosen(workspace, query.customer())
                .flatMap(chosen -> query.customer().isEmpty() || chosen.isPresent()
                        ? listed(workspace, query, chosen)
                        : Mono.just(OrderResults.of(
                                query.withError("customer", "no customer has the e-mail address " + query.customer()),
                                new Page<>(List.of(), new PageRequest(0, OrderQuery.SIZE), 0),
                                Map.of(),
                                chosen)));
        if (Htmx.wantsPart(request)) {
            return results.map(found -> Pages.fragment("order/listing", Map.of("orders", found)));
        }
        return results.zipWith(insights.dashboard(workspace).map(OrderTotals::of))
                .flatMap(found -> pages.render(
                        request,
                        "Orders",
                        Section.ORDERS,
                        "order/page",
                        Map.of("orders", found.getT1(), "totals", found.getT2())));
    }

    private Mono<OrderResults> listed(WorkspaceId workspace, OrderQuery query, Optional<Customer> chosen) {
        return orders.list(workspace, query.listing(chosen.map(Customer::id)))
                .flatMap(found -> customersOf(workspace, found.items())
                        .map(known -> OrderResults.of(query, found, known, chosen)));
    }

    /** The customer whose e-mail address the filter names; the port finds customers by parts of it. */
    private Mono<Optional<Customer>> chosen(WorkspaceId workspace, String email) {
        if (email.isEmpty()) {
            return Mono.just(Optional.empty());
        }
        String wanted = email.toLowerCase(Locale.ROOT);
        return customers
                .list(
                        workspace,
                        new CustomerListing(
                                Optional.of(email), CustomerListing.Sort.EMAIL, false, new PageRequest(0, 50)))
                .map(found -> found.items().stream()
                        .filter(candidate -> candidate.email().value().equals(wanted))
                        .findFirst());
    }

    private Mono<Map<CustomerId, Customer>> customersOf(WorkspaceId workspace, List<Order> listed) {
        return Flux.fromIterable(listed.stream().map(Order::customer).distinct().toList())
                .flatMap(id -> customers.get(workspace, id))
                .collectMap(Customer::id);
    }
}
