package io.minicrm.adapter.http;

import java.net.URI;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;

/** Sends {@code /api-docs} to the Swagger UI page that shows the OpenAPI document generated at build time. */
@Controller("/api-docs")
@Hidden
public class ApiDocsController {

    @Get
    public HttpResponse<?> swaggerUi() {
        return HttpResponse.seeOther(URI.create("/api-docs/index.html"));
    }
}
