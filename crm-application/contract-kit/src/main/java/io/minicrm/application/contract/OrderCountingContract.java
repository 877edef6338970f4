package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.INR;
import static io.minicrm.application.contract.Fixtures.NOW;
import static io.minicrm.application.contract.Fixtures.customer;
import static io.minicrm.application.contract.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import io.minicrm.application.Crm;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.shared.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * What the engine keeps true of customer figures over any customer and order stores, which have no transaction
 * joining an order's write to its customer's: each order is counted once, however often it arrives, and an order
 * stored by a run that stopped before counting it is counted when it arrives again. An adapter's test extends this
 * class and gives new, empty stores over one storage from {@link #newStores()}.
 */
public abstract class OrderCountingContract {

    private Stores stores;
    private Crm crm;

    /** A customer store and an order store over the same storage. */
    public record Stores(CustomerStore customers, OrderStore orders) {}

    protected abstract Stores newStores();

    @BeforeEach
    void createEngine() {
        stores = newStores();
        CrmSettings settings = new CrmSettings(
                INR, FieldCatalogue.standard(), Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.TIME_ORDERED);
        crm = Crm.builder()
                .settings(settings)
                .customerStore(stores.customers())
                .orderStore(stores.orders())
                .build();
        stores.customers().insert(customer(A, "c-1", "asha@example.com")).block();
    }

    @AfterEach
    void closeEngine() {
        crm.close();
    }

    @Test
    void an_order_arriving_twice_is_counted_once_and_refused_the_second_time() {
        crm.orders().record(A, draft("SHOP-1", "250")).block();

        Refused.asConflict(crm.orders().record(A, draft("SHOP-1", "250")));

        assertFigures("c-1", 1, "250");
    }

    @Test
    void an_order_stored_by_a_call_that_stopped_before_counting_it_is_counted_when_it_arrives_again() {
        stores.orders()
                .insert(order(A, "o-1", Optional.of("SHOP-1"), "c-1", "250", NOW.minusSeconds(60)))
                .block();
        assertFigures("c-1", 0, "0");

        Refused.asConflict(crm.orders().record(A, draft("SHOP-1", "250")));
        Refused.asConflict(crm.orders().record(A, draft("SHOP-1", "250")));

        PurchaseHistory figures = assertFigures("c-1", 1, "250");
        assertThat(figures.lastOrderAt()).contains(NOW.minusSeconds(60));
    }

    @Test
    void orders_imported_twice_are_counted_once() {
        String csv =
                "order_id,email,amount,date\nA-1,asha@example.com,100,2026-01-05\nA-2,asha@example.com,50,2026-01-06\n";

        importOrders(csv);
        ImportJob again = importOrders(csv);

        assertThat(again.report().skipped()).isEqualTo(2);
        assertFigures("c-1", 2, "150");
    }

    @Test
    void orders_an_import_stored_but_did_not_count_before_it_stopped_are_counted_when_the_file_is_imported_again() {
        stores.orders()
                .insertNew(List.of(
                        order(A, "o-1", Optional.of("A-1"), "c-1", "100", NOW),
                        order(A, "o-2", Optional.of("A-2"), "c-1", "50", NOW)))
                .blockLast();
        String csv =
                "order_id,email,amount,date\nA-1,asha@example.com,100,2026-01-05\nA-2,asha@example.com,50,2026-01-06\n"
                        + "A-3,asha@example.com,25,2026-01-07\n";

        importOrders(csv);
        importOrders(csv);

        assertFigures("c-1", 3, "175");
        assertThat(stores.orders().totals(A).block().orders()).isEqualTo(3);
    }

    @Test
    void a_customer_import_running_while_orders_are_counted_keeps_every_order_counted() {
        List<Customer> shop = importedWhileOrdered("email,city\n", "Pune");

        assertThat(shop).allSatisfy(customer -> {
            assertThat(customer.profile().city()).contains("Pune");
            assertThat(customer.purchases().orderCount()).isEqualTo(1);
            assertThat(customer.purchases().totalSpend()).isEqualTo(Money.of("10", "INR"));
        });
    }

    @Test
    void a_shops_own_figures_imported_while_orders_are_counted_come_before_or_after_each_order_but_never_lose_it() {
        List<Customer> shop = importedWhileOrdered("email,total_spend,visits\n", "1000,5");

        assertThat(shop).allSatisfy(customer -> {
            PurchaseHistory figures = customer.purchases();
            assertThat(figures.countedOrders()).hasSize(1);
            assertThat(List.of(figures.orderCount(), figures.totalSpend()))
                    .isIn(List.of(5, Money.of("1000", "INR")), List.of(6, Money.of("1010", "INR")));
        });
    }

    /** Imports a file giving every customer of the shop the same cells while one order of 10 is recorded for each. */
    private List<Customer> importedWhileOrdered(String header, String cells) {
        int customers = 100;
        IntStream.rangeClosed(2, customers)
                .forEach(n -> stores.customers()
                        .insert(customer(A, "c-" + n, "c" + n + "@example.com"))
                        .block());
        List<Email> emails = IntStream.rangeClosed(1, customers)
                .mapToObj(n -> new Email(n == 1 ? "asha@example.com" : "c" + n + "@example.com"))
                .toList();
        String csv = header
                + String.join(
                        "",
                        emails.stream()
                                .map(email -> email.value() + "," + cells + "\n")
                                .toList());

        Concurrently.call(
                customers + 1,
                n -> n == 0
                        ? importCustomersOrOrders(ImportKind.CUSTOMERS, csv).then()
                        : crm.orders()
                                .record(
                                        A,
                                        new OrderDraft(
                                                Optional.of("SHOP-" + n),
                                                "c-" + n,
                                                BigDecimal.TEN,
                                                Optional.empty(),
                                                List.of(),
                                                Optional.of(NOW)))
                                .then());

        return stores.customers().findByEmails(A, emails).collectList().block();
    }

    private PurchaseHistory assertFigures(String customer, int orders, String spend) {
        PurchaseHistory figures =
                stores.customers().findById(A, new CustomerId(customer)).block().purchases();
        assertThat(figures.orderCount()).isEqualTo(orders);
        assertThat(figures.countedOrders()).hasSize(orders);
        assertThat(figures.totalSpend()).isEqualTo(Money.of(spend, "INR"));
        return figures;
    }

    private ImportJob importOrders(String csv) {
        return importCustomersOrOrders(ImportKind.ORDERS, csv).block();
    }

    private Mono<ImportJob> importCustomersOrOrders(ImportKind kind, String csv) {
        return crm.imports()
                .run(kind, A, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
                .last();
    }

    private static OrderDraft draft(String ref, String amount) {
        return new OrderDraft(
                Optional.of(ref), "c-1", new BigDecimal(amount), Optional.empty(), List.of(), Optional.empty());
    }
}
