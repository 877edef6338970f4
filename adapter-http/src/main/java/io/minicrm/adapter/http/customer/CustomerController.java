package io.minicrm.adapter.http.customer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.Paging;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.campaign.Parameters;
import io.minicrm.adapter.http.docs.ConflictResponse;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.shared.Problem;
import reactor.core.publisher.Mono;

/** {@code /api/customers}: register or update by e-mail, find, list, change and remove customers. */
@Controller("/api/customers")
public class CustomerController {

    private static final List<String> ORDERS = List.of("asc", "desc");

    private final Customers customers;
    private final CustomerMapper mapper;
    private final WorkspaceResolver workspaces;

    public CustomerController(Customers customers, CustomerMapper mapper, WorkspaceResolver workspaces) {
        this.customers = customers;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** Lists customers whose name or e-mail contains {@code search}, sorted by one field. */
    @Get
    @InvalidResponse
    public Mono<PageResponse<CustomerResponse>> list(
            HttpRequest<?> request,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "20") int size,
            @Nullable @QueryValue String search,
            @QueryValue(defaultValue = "created_at") String sort,
            @QueryValue(defaultValue = "desc") String order) {
        return Paging.of(page, size)
                .zipWith(sortOf(sort))
                .zipWith(CrmException.orRefuse(Parameters.word("order", order, ORDERS)))
                .flatMap(query -> customers.list(
                        workspaces.workspaceOf(request),
                        new CustomerListing(
                                Optional.ofNullable(search),
                                query.getT1().getT2(),
                                !"asc".equals(query.getT2()),
                                query.getT1().getT1())))
                .map(found -> PageResponse.of(found, mapper::toResponse));
    }

    /** Registers the customer, or updates the one with the same e-mail: 201 when new, 200 when updated. */
    @Post
    @InvalidResponse
    public Mono<HttpResponse<CustomerResponse>> upsert(HttpRequest<?> request, @Body CustomerRequest body) {
        return Mono.fromSupplier(() -> mapper.toDraft(body))
                .flatMap(draft -> customers.upsert(workspaces.workspaceOf(request), draft))
                .map(upserted -> HttpResponse.status(upserted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(mapper.toResponse(upserted.value())));
    }

    /** One customer with their figures. */
    @Get("/{id}")
    @NotFoundResponse
    public Mono<CustomerResponse> get(HttpRequest<?> request, String id) {
        return customers
                .get(workspaces.workspaceOf(request), new CustomerId(id))
                .switchIfEmpty(CrmException.notFound("customer", id))
                .map(mapper::toResponse);
    }

    /** Replaces a customer's e-mail and profile; their figures change only through orders. */
    @Put("/{id}")
    @InvalidResponse
    @NotFoundResponse
    @ConflictResponse
    public Mono<CustomerResponse> update(HttpRequest<?> request, String id, @Body CustomerRequest body) {
        return Mono.fromSupplier(() -> mapper.toDraft(body))
                .flatMap(draft -> customers.update(workspaces.workspaceOf(request), new CustomerId(id), draft))
                .map(mapper::toResponse);
    }

    /** Removes a customer. */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @NotFoundResponse
    public Mono<Void> delete(HttpRequest<?> request, String id) {
        return customers.delete(workspaces.workspaceOf(request), new CustomerId(id));
    }

    private static Mono<CustomerListing.Sort> sortOf(String sort) {
        try {
            return Mono.just(CustomerListing.Sort.valueOf(sort.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return CrmException.refuse(Problem.Invalid.of(
                    "sort",
                    "sort by one of created_at, name, email, total_spend, " + "order_count, last_order_at; not '" + sort
                            + "'"));
        }
    }
}
