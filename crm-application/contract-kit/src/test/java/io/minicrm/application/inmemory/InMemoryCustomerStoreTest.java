package io.minicrm.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

import io.minicrm.application.CrmException;
import io.minicrm.application.contract.CustomerStoreContract;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class InMemoryCustomerStoreTest extends CustomerStoreContract {

    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final WorkspaceId OTHER = new WorkspaceId("other");

    @Override
    protected CustomerStore newStore() {
        return new InMemoryCustomerStore();
    }

    @Test
    void customers_inserted_all_at_once_are_found_by_id_and_email_in_their_own_workspace() {
        InMemoryCustomerStore store = new InMemoryCustomerStore();

        store.insertAll(List.of(customer(SHOP, "c-1", "asha@example.com"), customer(OTHER, "c-1", "asha@example.com")))
                .block();

        assertThat(store.findById(SHOP, new CustomerId("c-1")).block().workspace())
                .isEqualTo(SHOP);
        assertThat(store.findByEmail(OTHER, new Email("asha@example.com"))
                        .block()
                        .id())
                .isEqualTo(new CustomerId("c-1"));
        assertThat(store.count(SHOP).block()).isEqualTo(1);
    }

    @Test
    void inserting_all_at_once_stops_at_an_email_already_taken_and_keeps_the_customers_before_it() {
        InMemoryCustomerStore store = new InMemoryCustomerStore();
        store.insert(customer(SHOP, "c-1", "asha@example.com")).block();

        assertThatThrownBy(() -> store.insertAll(List.of(
                                customer(SHOP, "c-2", "ravi@example.com"),
                                customer(SHOP, "c-3", "asha@example.com"),
                                customer(SHOP, "c-4", "meena@example.com")))
                        .block())
                .isInstanceOf(CrmException.class)
                .hasMessageContaining("asha@example.com");

        assertThat(store.findById(SHOP, new CustomerId("c-2")).block()).isNotNull();
        assertThat(store.findById(SHOP, new CustomerId("c-3")).block()).isNull();
        assertThat(store.findById(SHOP, new CustomerId("c-4")).block()).isNull();
        assertThat(store.findByEmail(SHOP, new Email("asha@example.com"))
                        .block()
                        .id())
                .isEqualTo(new CustomerId("c-1"));
    }

    private static Customer customer(WorkspaceId workspace, String id, String email) {
        return Customer.register(
                workspace,
                new CustomerId(id),
                new Email(email),
                Profile.EMPTY,
                Currency.getInstance("INR"),
                Instant.parse("2026-12-01T10:00:00Z"));
    }
}
