package io.minicrm.adapter.http.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.CustomerListing.After;
import io.minicrm.application.port.shared.CustomerListing.Sort;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CustomerCursorTest {

    private static final Instant ADDED = Instant.parse("2026-03-04T05:06:07.123456789Z");

    @ParameterizedTest
    @EnumSource(Sort.class)
    void a_cursor_reads_back_as_the_place_of_the_customer_it_was_made_from(Sort sort) {
        for (Customer customer :
                new Customer[] {customer("c-1", Optional.of("Äsha\nRao")), customer("c-2", Optional.empty())}) {
            String cursor = CustomerCursor.of(sort, customer);

            assertThat(cursor).matches("[A-Za-z0-9_-]+");
            assertThat(CustomerCursor.read(sort, cursor)).isEqualTo(After.of(sort, customer));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Sort.class,
            names = {"CREATED_AT", "TOTAL_SPEND", "ORDER_COUNT"})
    void a_cursor_of_a_name_is_no_place_in_a_list_sorted_by_a_figure(Sort sort) {
        String named = CustomerCursor.of(Sort.NAME, customer("c-1", Optional.of("Asha")));
        String nameless = CustomerCursor.of(Sort.NAME, customer("c-2", Optional.empty()));

        for (String cursor : new String[] {named, nameless}) {
            assertThatThrownBy(() -> CustomerCursor.read(sort, cursor))
                    .isInstanceOfSatisfying(
                            CrmException.class,
                            refused -> assertThat(refused.problem().toString()).contains("after"));
        }
    }

    private static Customer customer(String id, Optional<String> name) {
        return Customer.register(
                new WorkspaceId("default"),
                new CustomerId(id),
                new Email(id + "@example.com"),
                new Profile(name, Optional.empty(), Optional.empty(), Set.of(), Map.of()),
                Currency.getInstance("INR"),
                ADDED);
    }
}
