package io.minicrm.adapter.http.order;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.Paging;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.in.Orders;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** {@code /api/customers/{id}/orders}: one customer's orders. */
@Controller("/api/customers/{id}/orders")
public class CustomerOrdersController {

    private final Customers customers;
    private final Orders orders;
    private final OrderMapper mapper;
    private final WorkspaceResolver workspaces;

    public CustomerOrdersController(
            Customers customers, Orders orders, OrderMapper mapper, WorkspaceResolver workspaces) {
        this.customers = customers;
        this.orders = orders;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** Lists the customer's orders newest first; 404 when the workspace has no such customer. */
    @Get
    @InvalidResponse
    @NotFoundResponse
    public Mono<PageResponse<OrderResponse>> list(
            HttpRequest<?> request,
            String id,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "20") int size) {
        WorkspaceId workspace = workspaces.workspaceOf(request);
        CustomerId customer = new CustomerId(id);
        return Paging.of(page, size)
                .flatMap(paging -> customers
                        .get(workspace, customer)
                        .switchIfEmpty(CrmException.notFound("customer", id))
                        .flatMap(found -> orders.list(
                                workspace,
                                new OrderListing(Optional.of(customer), Optional.empty(), Optional.empty(), paging))))
                .map(found -> PageResponse.of(found, mapper::toResponse));
    }
}
