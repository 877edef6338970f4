package io.minicrm.adapter.http.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.Paging;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.ConflictResponse;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Orders;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.shared.Problem;
import reactor.core.publisher.Mono;

/** {@code /api/orders}: record orders, which counts them into their customers' figures, and find them again. */
@Controller("/api/orders")
public class OrderController {

    private final Orders orders;
    private final OrderMapper mapper;
    private final WorkspaceResolver workspaces;

    public OrderController(Orders orders, OrderMapper mapper, WorkspaceResolver workspaces) {
        this.orders = orders;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** Lists orders newest first, optionally one customer's and those placed in [{@code from}, {@code until}) (ISO-8601). */
    @Get
    @InvalidResponse
    public Mono<PageResponse<OrderResponse>> list(
            HttpRequest<?> request,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "20") int size,
            @Nullable @QueryValue String customerId,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String until) {
        return Paging.of(page, size)
                .flatMap(paging -> listing(customerId, from, until, paging))
                .flatMap(listing -> orders.list(workspaces.workspaceOf(request), listing))
                .map(found -> PageResponse.of(found, mapper::toResponse));
    }

    /** Records an order and counts it into its customer's figures; 201, or 409 when its external reference is known. */
    @Post
    @Status(HttpStatus.CREATED)
    @InvalidResponse
    @ConflictResponse
    public Mono<OrderResponse> record(HttpRequest<?> request, @Body OrderRequest body) {
        return Mono.fromSupplier(() -> mapper.toDraft(body))
                .flatMap(draft -> orders.record(workspaces.workspaceOf(request), draft))
                .map(mapper::toResponse);
    }

    /** Finds one order; 404 when the workspace has none with this id. */
    @Get("/{id}")
    @NotFoundResponse
    public Mono<OrderResponse> get(HttpRequest<?> request, String id) {
        return orders.get(workspaces.workspaceOf(request), new OrderId(id))
                .switchIfEmpty(CrmException.notFound("order", id))
                .map(mapper::toResponse);
    }

    private static Mono<OrderListing> listing(String customerId, String from, String until, PageRequest page) {
        List<Problem.Violation> violations = new ArrayList<>();
        Optional<Instant> start = Instants.read("from", from, violations);
        Optional<Instant> end = Instants.read("until", until, violations);
        Optional<CustomerId> customer =
                Optional.ofNullable(customerId).filter(id -> !id.isBlank()).map(CustomerId::new);
        return violations.isEmpty()
                ? Mono.just(new OrderListing(customer, start, end, page))
                : CrmException.refuse(new Problem.Invalid(violations));
    }
}
