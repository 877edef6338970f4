package io.minicrm.adapter.http;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** The title and summary of the generated OpenAPI document. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Mini CRM",
                        version = "0.1",
                        description =
                                "Customers, orders, segment rules, campaigns and their tracked deliveries. Errors are Problem "
                                        + "Details (application/problem+json) whose violations name every offending field."))
final class ApiDefinition {

    private ApiDefinition() {}
}
