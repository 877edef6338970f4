package io.minicrm.adapter.http.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.ProblemDetails.Violation;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Customers sent the way the original system's clients send them: {@code name, email, phone, location, externalId}. */
@MicronautTest
class OriginalCustomerRequestApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private ProblemDetails problemOf(Map<String, Object> body) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/customers", body), String.class));
        return refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
    }

    @Test
    void a_location_is_the_city_and_an_externalId_is_kept_as_the_external_id_attribute() {
        HttpResponse<CustomerResponse> created = http.toBlocking()
                .exchange(
                        HttpRequest.POST(
                                "/api/customers",
                                Map.of(
                                        "name",
                                        "Amit Sharma",
                                        "email",
                                        "amit.sharma@example.com",
                                        "phone",
                                        "9876543210",
                                        "location",
                                        "Delhi",
                                        "externalId",
                                        "CUST-001")),
                        CustomerResponse.class);

        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body().city()).isEqualTo("Delhi");
        assertThat(created.body().phone()).isEqualTo("9876543210");
        assertThat(created.body().attributes()).containsEntry("external_id", "CUST-001");
    }

    @Test
    void location_and_city_naming_the_same_place_are_accepted() {
        CustomerResponse created = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                "/api/customers",
                                Map.of("email", "same.place@example.com", "city", "Pune", "location", "Pune")),
                        CustomerResponse.class);

        assertThat(created.city()).isEqualTo("Pune");
    }

    @Test
    void a_location_and_a_city_that_differ_are_refused_naming_both() {
        assertThat(problemOf(Map.of("email", "two.places@example.com", "city", "Pune", "location", "Delhi"))
                        .violations())
                .containsExactly(new Violation(
                        "location",
                        "location is another name for city, and the two differ "
                                + "('Delhi' and 'Pune'): give one of them"));
    }

    @Test
    void an_externalId_that_differs_from_the_external_id_attribute_is_refused() {
        assertThat(problemOf(Map.of(
                                "email",
                                "two.ids@example.com",
                                "externalId",
                                "A",
                                "attributes",
                                Map.of("external_id", "B")))
                        .violations())
                .extracting(Violation::path)
                .containsExactly("externalId");
    }
}
