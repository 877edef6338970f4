package io.minicrm.adapter.http.web.customer;

import java.util.List;
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
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.application.port.in.Orders;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.workspace.WorkspaceId;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code /customers}: the customer list, searched, sorted and paged; and each customer's page. */
@Hidden
@Controller("/customers")
public class CustomersPage {

    private final Pages pages;
    private final Customers customers;
    private final Orders orders;
    private final Deliveries deliveries;
    private final Campaigns campaigns;
    private final WorkspaceResolver workspaces;

    public CustomersPage(
            Pages pages,
            Customers customers,
            Orders orders,
            Deliveries deliveries,
            Campaigns campaigns,
            WorkspaceResolver workspaces) {
        this.pages = pages;
        this.customers = customers;
        this.orders = orders;
        this.deliveries = deliveries;
        this.campaigns = campaigns;
        this.workspaces = workspaces;
    }

    /** The whole page, or for htmx (searching, sorting, paging) the table and its pager alone. */
    @Get(produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> list(
            HttpRequest<?> request,
            @Nullable @QueryValue String search,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue String order,
            @Nullable @QueryValue String page,
            @Nullable @QueryValue String after) {
        CustomerQuery query = CustomerQuery.read(search, sort, order, page, after);
        return customers
                .list(workspaces.workspaceOf(request), query.listing())
                .map(found -> CustomerResults.of(query, found))
                .flatMap(results -> Htmx.wantsPart(request)
                        ? Mono.just(Pages.fragment("customer/results", Map.of("results", results)))
                        : pages.render(
                                request, "Customers", Section.CUSTOMERS, "customer/list", Map.of("results", results)));
    }

    /**
     * A customer's profile, figures, latest orders and the latest campaigns that reached them; a 404 page when the
     * workspace has no such customer.
     */
    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> customer(HttpRequest<?> request, String id) {
        WorkspaceId workspace = workspaces.workspaceOf(request);
        CustomerId customer = new CustomerId(id);
        return customers
                .get(workspace, customer)
                .flatMap(found -> Mono.zip(
                        orders.list(
                                        workspace,
                                        new OrderListing(
                                                Optional.of(customer),
                                                Optional.empty(),
                                                Optional.empty(),
                                                new PageRequest(0, CustomerDetails.LATEST)))
                                .map(latest -> CustomerDetails.of(found, latest)),
                        reached(workspace, customer)))
                .flatMap(shown -> pages.render(
                        request,
                        shown.getT1().name(),
                        Section.CUSTOMERS,
                        "customer/customer",
                        Map.of("customer", shown.getT1(), "reached", shown.getT2())))
                .switchIfEmpty(Mono.defer(() -> pages.missing(request, Section.CUSTOMERS, "customer")));
    }

    /** The latest deliveries to the customer, each with its campaign looked up by id (a few at most). */
    private Mono<List<ReachedRow>> reached(WorkspaceId workspace, CustomerId customer) {
        return deliveries
                .ofCustomer(workspace, customer, new PageRequest(0, CustomerDetails.LATEST))
                .flatMap(latest -> Flux.fromStream(
                                latest.items().stream().map(Delivery::campaign).distinct())
                        .flatMap(campaign -> campaigns.get(workspace, campaign))
                        .collectMap(Campaign::id)
                        .map(named -> latest.items().stream()
                                .map(delivery -> ReachedRow.of(delivery, named))
                                .toList()));
    }
}
