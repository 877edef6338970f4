package io.minicrm.application.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class WorkspaceIsolationTest {

    private static final WorkspaceId A = new WorkspaceId("a");
    private static final WorkspaceId B = new WorkspaceId("b");
    private static final Email ADA = new Email("ada@example.com");

    private final ImportFixture shop = new ImportFixture();

    @Test
    void an_import_into_one_workspace_never_touches_another() {
        shop.run(ImportKind.CUSTOMERS, B, "email,name\nada@example.com,Ada of b\n");
        shop.run(ImportKind.ORDERS, B, "order_id,email,amount\nA-1,ada@example.com,10\n");
        Customer adaOfB = shop.customers.findByEmail(B, ADA).block();
        shop.events.clear();

        ImportJob customers =
                shop.run(ImportKind.CUSTOMERS, A, "email,name\nada@example.com,Ada of a\nbob@example.com,Bob\n");
        ImportJob orders = shop.run(ImportKind.ORDERS, A, "order_id,email,amount\nA-1,ada@example.com,10\n");

        assertThat(customers.report().created()).isEqualTo(2);
        assertThat(orders.report().created()).isEqualTo(1);
        assertThat(shop.customers.findByEmail(B, ADA).block()).isEqualTo(adaOfB);
        assertThat(shop.customerCount(B)).isEqualTo(1);
        assertThat(shop.orders.totals(B).block().orders()).isEqualTo(1);
        assertThat(shop.events)
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.workspace()).isEqualTo(A));
        assertThat(shop.jobs.findById(B, customers.id()).block()).isNull();
        assertThat(shop.jobs.findById(A, customers.id()).block()).isEqualTo(customers);
    }
}
