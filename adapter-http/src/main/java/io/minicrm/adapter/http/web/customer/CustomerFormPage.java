package io.minicrm.adapter.http.web.customer;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.views.ModelAndView;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.web.Htmx;
import io.minicrm.adapter.http.web.Pages;
import io.minicrm.adapter.http.web.Section;
import io.minicrm.adapter.http.web.order.OrderRow;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Customers;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.workspace.WorkspaceId;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

/**
 * {@code /customers/new} and {@code /customers/{id}/edit}: the forms that add and change a customer through the
 * {@code Customers} port. A refused form comes back as typed, each reason next to its field; a saved one leads to the
 * customer's page.
 */
@Hidden
@Controller("/customers")
public class CustomerFormPage {

    private static final String ADD = "Add a customer";

    private final Pages pages;
    private final Customers customers;
    private final WorkspaceResolver workspaces;

    public CustomerFormPage(Pages pages, Customers customers, WorkspaceResolver workspaces) {
        this.pages = pages;
        this.customers = customers;
        this.workspaces = workspaces;
    }

    @Get(uri = "/new", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> blank(HttpRequest<?> request) {
        return form(request, ADD, CustomerForm.blank());
    }

    @Post(uri = "/new", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> add(
            HttpRequest<?> request, @Body Map<String, String> posted) {
        CustomerForm form = CustomerForm.blank().filledIn(posted);
        return customers
                .create(workspaces.workspaceOf(request), form.draft(Map.of()))
                .map(created -> saved(request, created.id()))
                .onErrorResume(CrmException.class, refused -> again(request, ADD, form.refused(refused.problem())));
    }

    @Get(uri = "/{id}/edit", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> edit(HttpRequest<?> request, String id) {
        return customers
                .get(workspaces.workspaceOf(request), new CustomerId(id))
                .flatMap(customer -> form(request, "Edit " + OrderRow.nameOf(customer), CustomerForm.of(customer)))
                .switchIfEmpty(Mono.defer(() -> pages.missing(request, Section.CUSTOMERS, "customer")));
    }

    @Post(uri = "/{id}/edit", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> change(
            HttpRequest<?> request, String id, @Body Map<String, String> posted) {
        WorkspaceId workspace = workspaces.workspaceOf(request);
        CustomerId customer = new CustomerId(id);
        return customers
                .get(workspace, customer)
                .flatMap(existing -> {
                    CustomerForm form = CustomerForm.of(existing).filledIn(posted);
                    // The update replaces the profile: the attributes, which the form does not show, go back as they
                    // were.
                    return customers
                            .update(
                                    workspace,
                                    customer,
                                    form.draft(existing.profile().attributes()))
                            .map(changed -> saved(request, changed.id()))
                            .onErrorResume(
                                    CrmException.class,
                                    refused -> again(
                                            request,
                                            "Edit " + OrderRow.nameOf(existing),
                                            form.refused(refused.problem())));
                })
                .switchIfEmpty(Mono.defer(() -> pages.missing(request, Section.CUSTOMERS, "customer")));
    }

    private Mono<HttpResponse<ModelAndView<Map<String, Object>>>> form(
            HttpRequest<?> request, String title, CustomerForm form) {
        return pages.render(request, title, Section.CUSTOMERS, "customer/form", Map.of("form", form));
    }

    /** The refused form: for htmx the form alone, which replaces the one posted; otherwise the whole page. */
    private Mono<HttpResponse<ModelAndView<Map<String, Object>>>> again(
            HttpRequest<?> request, String title, CustomerForm refused) {
        return Htmx.wantsPart(request)
                ? Mono.just(Pages.fragment("customer/fields", Map.of("form", refused)))
                : form(request, title, refused);
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> saved(HttpRequest<?> request, CustomerId id) {
        return Htmx.redirect(request, "/customers/" + id.value());
    }
}
