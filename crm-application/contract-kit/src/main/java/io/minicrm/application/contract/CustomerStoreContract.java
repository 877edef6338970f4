package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static io.minicrm.application.contract.Fixtures.NOW;
import static io.minicrm.application.contract.Fixtures.customer;
import static io.minicrm.application.contract.Fixtures.order;
import static io.minicrm.application.contract.Fixtures.ordered;
import static io.minicrm.domain.customer.CustomerGenerators.CLOCK;
import static io.minicrm.domain.customer.CustomerGenerators.customers;
import static io.minicrm.domain.segment.RuleGenerators.CATALOGUE;
import static io.minicrm.domain.segment.RuleGenerators.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.AudienceTally;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.ImportedCustomer;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.CustomerListing.Sort;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.segment.CompiledRule;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Operator;
import io.minicrm.domain.segment.OptOuts;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleEvaluator;
import io.minicrm.domain.segment.RuleTally.Counter;
import io.minicrm.domain.segment.Value;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * What every {@link CustomerStore} does, whatever keeps the customers. An adapter's test extends this class and gives
 * a new, empty store from {@link #newStore()}.
 */
public abstract class CustomerStoreContract {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);
    private static final long SEED = 20261124L;

    private CustomerStore store;

    protected abstract CustomerStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void finds_an_inserted_customer_by_id_and_by_email() {
        Customer asha = customer(A, "c-1", "asha@example.com");

        StepVerifier.create(store.insert(asha)).expectNext(asha).verifyComplete();

        assertThat(store.findById(A, asha.id()).block()).isEqualTo(asha);
        assertThat(store.findByEmail(A, asha.email()).block()).isEqualTo(asha);
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_email() {
        StepVerifier.create(store.findById(A, new CustomerId("c-1"))).verifyComplete();
        StepVerifier.create(store.findByEmail(A, new Email("asha@example.com"))).verifyComplete();
    }

    @Test
    void finds_the_customers_of_the_emails_it_knows() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com"));
        Customer ravi = insert(customer(A, "c-2", "ravi@shop.in"));

        List<Customer> found = store.findByEmails(
                        A, List.of(ravi.email(), new Email("nobody@example.com"), asha.email()))
                .collectList()
                .block();

        assertThat(found).containsExactlyInAnyOrder(asha, ravi);
    }

    @Test
    void refuses_a_second_customer_with_the_same_id() {
        insert(customer(A, "c-1", "asha@example.com"));

        Refused.asConflict(store.insert(customer(A, "c-1", "ravi@shop.in")));

        StepVerifier.create(store.findByEmail(A, new Email("ravi@shop.in"))).verifyComplete();
    }

    @Test
    void refuses_a_second_customer_with_the_same_email() {
        insert(customer(A, "c-1", "asha@example.com"));

        Refused.asConflict(store.insert(customer(A, "c-2", "asha@example.com")));

        StepVerifier.create(store.findById(A, new CustomerId("c-2"))).verifyComplete();
    }

    @Test
    void only_one_of_many_concurrent_inserts_of_an_email_succeeds() {
        List<Boolean> inserted = Concurrently.call(
                100,
                n -> store.insert(customer(A, "c-" + n, "asha@example.com"))
                        .map(stored -> true)
                        .onErrorResume(CrmException.class, refused -> Mono.just(false)));

        assertThat(inserted).containsOnlyOnce(true);
        assertThat(store.count(A).block()).isEqualTo(1);
    }

    @Test
    void replaces_a_stored_customer_and_frees_its_old_email() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com"));
        Customer moved = asha.withEmail(new Email("asha@shop.in"), NOW.plusSeconds(1));

        StepVerifier.create(store.replace(moved)).expectNext(moved).verifyComplete();

        assertThat(store.findById(A, asha.id()).block()).isEqualTo(moved);
        assertThat(store.findByEmail(A, moved.email()).block()).isEqualTo(moved);
        StepVerifier.create(store.findByEmail(A, asha.email())).verifyComplete();
        StepVerifier.create(store.insert(customer(A, "c-2", "asha@example.com")))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void replacing_a_customer_keeps_the_orders_counted_since_it_was_read() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com"));
        store.applyOrder(order(A, "o-1", Optional.empty(), "c-1", "100", NOW), NOW)
                .block();

        Customer replaced = store.replace(asha.withEmail(new Email("asha@shop.in"), NOW.plusSeconds(1)))
                .block();

        assertThat(replaced.purchases().orderCount()).isEqualTo(1);
        assertThat(replaced.email()).isEqualTo(new Email("asha@shop.in"));
        assertThat(store.findById(A, asha.id()).block()).isEqualTo(replaced);
    }

    @Test
    void replacing_an_unknown_customer_gives_empty_and_stores_nothing() {
        StepVerifier.create(store.replace(customer(A, "c-1", "asha@example.com")))
                .verifyComplete();

        assertThat(store.count(A).block()).isZero();
    }

    @Test
    void refuses_to_replace_a_customer_with_an_email_another_one_has() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com"));
        Customer ravi = insert(customer(A, "c-2", "ravi@shop.in"));

        Refused.asConflict(store.replace(ravi.withEmail(asha.email(), NOW.plusSeconds(1))));

        assertThat(store.findById(A, ravi.id()).block()).isEqualTo(ravi);
        assertThat(store.findByEmail(A, asha.email()).block()).isEqualTo(asha);
    }

    @Test
    void saving_all_inserts_new_customers_and_replaces_stored_ones() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com"));
        Customer renamed = asha.withEmail(new Email("asha@shop.in"), NOW.plusSeconds(1));
        Customer ravi = customer(A, "c-2", "ravi@shop.in");

        StepVerifier.create(store.saveAll(List.of(renamed, ravi))).verifyComplete();

        assertThat(store.findById(A, asha.id()).block()).isEqualTo(renamed);
        assertThat(store.findByEmail(A, ravi.email()).block()).isEqualTo(ravi);
        StepVerifier.create(store.findByEmail(A, asha.email())).verifyComplete();
        assertThat(store.count(A).block()).isEqualTo(2);
    }

    @Test
    void saving_all_keeps_the_figures_and_creation_time_of_a_stored_customer() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com"));
        Customer counted = store.applyOrder(order(A, "o-1", Optional.empty(), "c-1", "100", NOW), NOW)
                .block();
        Customer resaved = new Customer(
                        A,
                        asha.id(),
                        asha.email(),
                        asha.profile(),
                        asha.purchases(),
                        NOW.minusSeconds(60),
                        NOW.plusSeconds(1))
                .withProfile(profile("Asha Rao", "Pune"), NOW.plusSeconds(1));

        StepVerifier.create(store.saveAll(List.of(resaved))).verifyComplete();

        assertThat(store.findById(A, asha.id()).block())
                .isEqualTo(new Customer(
                        A,
                        asha.id(),
                        asha.email(),
                        resaved.profile(),
                        counted.purchases(),
                        asha.createdAt(),
                        NOW.plusSeconds(1)));
    }

    @Test
    void saving_all_refuses_an_email_another_customer_has() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com"));

        Refused.asConflict(store.saveAll(List.of(customer(A, "c-2", "asha@example.com"))));

        StepVerifier.create(store.findById(A, new CustomerId("c-2"))).verifyComplete();
        assertThat(store.findByEmail(A, asha.email()).block()).isEqualTo(asha);
    }

    @Test
    void an_order_counted_between_an_import_reading_a_customer_and_saving_it_stays_counted() {
        insert(customer(A, "c-1", "asha@example.com"));
        Customer read = store.findById(A, new CustomerId("c-1")).block();
        Customer counted = store.applyOrder(order(A, "o-1", Optional.empty(), "c-1", "100", NOW), NOW)
                .block();
        Customer imported = read.withProfile(profile("Asha Rao", "Pune"), NOW.plusSeconds(1));

        StepVerifier.create(store.saveImported(List.of(new ImportedCustomer(imported, Optional.of(read)))))
                .verifyComplete();

        Customer saved = store.findById(A, read.id()).block();
        assertThat(saved.profile()).isEqualTo(imported.profile());
        assertThat(saved.purchases()).isEqualTo(counted.purchases());
        assertThat(saved.purchases().orderCount()).isEqualTo(1);
    }

    @Test
    void figures_an_import_changed_are_stored_over_the_figures_it_read() {
        insert(customer(A, "c-1", "asha@example.com"));
        Customer read = store.applyOrder(
                        order(A, "o-1", Optional.empty(), "c-1", "100", NOW.minus(Duration.ofDays(9))), NOW)
                .block();
        Customer imported = withFigures(read, "1500", 7, NOW.minus(Duration.ofDays(3)));

        StepVerifier.create(store.saveImported(List.of(new ImportedCustomer(imported, Optional.of(read)))))
                .verifyComplete();

        assertThat(store.findById(A, read.id()).block()).isEqualTo(imported);
    }

    @Test
    void figures_an_import_changed_are_given_back_untouched_when_an_order_was_counted_since_it_read_them() {
        insert(customer(A, "c-1", "asha@example.com"));
        Customer read = store.findById(A, new CustomerId("c-1")).block();
        Customer counted = store.applyOrder(order(A, "o-1", Optional.empty(), "c-1", "100", NOW), NOW)
                .block();
        Customer imported = withFigures(read, "1500", 7, NOW.minus(Duration.ofDays(3)));

        StepVerifier.create(store.saveImported(List.of(new ImportedCustomer(imported, Optional.of(read)))))
                .expectNext(imported)
                .verifyComplete();

        assertThat(store.findById(A, read.id()).block()).isEqualTo(counted);
        Customer readAgain = withFigures(counted, "1500", 7, NOW.minus(Duration.ofDays(3)));
        StepVerifier.create(store.saveImported(List.of(new ImportedCustomer(readAgain, Optional.of(counted)))))
                .verifyComplete();
        assertThat(store.findById(A, read.id()).block().purchases().hasCounted(new OrderId("o-1")))
                .isTrue();
    }

    @Test
    void a_new_customer_whose_email_another_took_since_the_import_read_is_given_back_unstored() {
        Customer ravi = insert(customer(A, "c-1", "ravi@shop.in"));
        Customer fresh = customer(A, "c-2", "asha@example.com");
        Customer late = customer(A, "c-3", "ravi@shop.in");

        StepVerifier.create(
                        store.saveImported(List.of(ImportedCustomer.created(fresh), ImportedCustomer.created(late))))
                .expectNext(late)
                .verifyComplete();

        assertThat(store.findById(A, fresh.id()).block()).isEqualTo(fresh);
        StepVerifier.create(store.findById(A, late.id())).verifyComplete();
        assertThat(store.findByEmail(A, ravi.email()).block()).isEqualTo(ravi);
    }

    @Test
    void a_customer_deleted_since_the_import_read_it_is_stored_again_as_the_import_leaves_it() {
        Customer read = insert(customer(A, "c-1", "asha@example.com"));
        store.delete(A, read.id()).block();
        Customer imported =
                withFigures(read.withProfile(profile("Asha Rao", "Pune"), NOW.plusSeconds(1)), "1500", 7, NOW);

        StepVerifier.create(store.saveImported(List.of(new ImportedCustomer(imported, Optional.of(read)))))
                .verifyComplete();

        assertThat(store.findById(A, read.id()).block()).isEqualTo(imported);
    }

    @Test
    void counts_an_applied_order_into_the_customer_figures() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com"));
        Order order = order(A, "o-1", Optional.empty(), "c-1", "150.25", NOW.minus(Duration.ofDays(2)));

        Customer counted = store.applyOrder(order, NOW.plusSeconds(1)).block();

        assertThat(counted).isEqualTo(asha.apply(order, NOW.plusSeconds(1)).get());
        assertThat(store.findById(A, asha.id()).block()).isEqualTo(counted);
    }

    @Test
    void an_order_applied_again_is_not_counted_again() {
        insert(customer(A, "c-1", "asha@example.com"));
        Order order = order(A, "o-1", Optional.empty(), "c-1", "100", NOW);

        store.applyOrder(order, NOW).block();
        Customer again = store.applyOrder(order, NOW.plusSeconds(1)).block();

        assertThat(again.purchases().orderCount()).isEqualTo(1);
        assertThat(again.purchases().totalSpend()).isEqualTo(Money.of("100", "INR"));
    }

    @Test
    void an_order_applied_by_many_callers_at_once_is_counted_once() {
        insert(customer(A, "c-1", "asha@example.com"));
        Order order = order(A, "o-1", Optional.empty(), "c-1", "100", NOW);

        Concurrently.call(100, n -> store.applyOrder(order, NOW));

        assertThat(store.findById(A, new CustomerId("c-1")).block().purchases().orderCount())
                .isEqualTo(1);
    }

    @Test
    void different_orders_applied_at_once_are_each_counted() {
        insert(customer(A, "c-1", "asha@example.com"));

        Concurrently.call(200, n -> store.applyOrder(order(A, "o-" + n, Optional.empty(), "c-1", "2.50", NOW), NOW));

        Customer counted = store.findById(A, new CustomerId("c-1")).block();
        assertThat(counted.purchases().orderCount()).isEqualTo(200);
        assertThat(counted.purchases().totalSpend()).isEqualTo(Money.of("500", "INR"));
    }

    @Test
    void applying_an_order_of_an_unknown_customer_gives_empty() {
        StepVerifier.create(store.applyOrder(order(A, "o-1", Optional.empty(), "c-1", "100", NOW), NOW))
                .verifyComplete();
    }

    @Test
    void refuses_an_order_in_another_currency_than_the_customer_spends_in() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com"));
        Order dollars =
                new Order(A, new OrderId("o-1"), Optional.empty(), asha.id(), Money.of("10", "USD"), List.of(), NOW);

        Refused.asInvalid(store.applyOrder(dollars, NOW));

        assertThat(store.findById(A, asha.id()).block()).isEqualTo(asha);
    }

    @Test
    void deletes_a_customer_and_frees_its_email() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com"));

        StepVerifier.create(store.delete(A, asha.id())).expectNext(true).verifyComplete();

        StepVerifier.create(store.findById(A, asha.id())).verifyComplete();
        StepVerifier.create(store.findByEmail(A, asha.email())).verifyComplete();
        StepVerifier.create(store.delete(A, asha.id())).expectNext(false).verifyComplete();
        StepVerifier.create(store.insert(customer(A, "c-2", "asha@example.com")))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void lists_the_customers_whose_name_or_email_contains_the_search_ignoring_case() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com", Optional.of("Asha Rao"), NOW));
        insert(customer(A, "c-2", "ravi@shop.in", Optional.of("Ravi"), NOW));
        Customer anand = insert(customer(A, "c-3", "anand@rao.org", Optional.empty(), NOW));

        Page<Customer> found = store.list(A, listing(Optional.of(" RAO "), Sort.EMAIL, false, ALL))
                .block();

        assertThat(found.items()).containsExactly(anand, asha);
        assertThat(found.total()).isEqualTo(2);
    }

    @Test
    void a_search_is_literal_text_not_a_pattern() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com", Optional.of("Asha [VIP]"), NOW));
        insert(customer(A, "c-2", "ravi@shop.in", Optional.of("Ravi (old) ^$|+?{}"), NOW));

        assertThat(store.list(A, listing(Optional.of("["), Sort.EMAIL, false, ALL))
                        .block()
                        .items())
                .containsExactly(asha);
        for (String pattern : List.of(".*", "a.h", "[a-z]", "\\", "(?i)ASHA", "\\w")) {
            assertThat(store.list(A, listing(Optional.of(pattern), Sort.EMAIL, false, ALL))
                            .block()
                            .total())
                    .as("customers found by %s", pattern)
                    .isZero();
        }
        assertThat(store.list(A, listing(Optional.of("^$|+?{}"), Sort.EMAIL, false, ALL))
                        .block()
                        .total())
                .isOne();
    }

    @Test
    void sorts_names_ignoring_case_after_the_customers_without_a_name() {
        List<Customer> customers =
                List.of(named("c-1", "bina"), named("c-2", "Chetan"), named("c-3", null), named("c-4", "Asha"));
        customers.forEach(this::insert);

        assertThat(ids(store.list(A, listing(Optional.empty(), Sort.NAME, false, ALL))
                        .block()))
                .containsExactly("c-3", "c-4", "c-1", "c-2");
    }

    @Test
    void sorts_figures_by_their_value_and_customers_who_never_ordered_first() {
        Instant day = NOW.minus(Duration.ofDays(10));
        insert(ordered(
                ordered(customer(A, "c-1", "one@example.com"), "o-1", "5", day), "o-2", "95", day.plusSeconds(60)));
        insert(ordered(customer(A, "c-2", "two@example.com"), "o-3", "99.5", day.plusSeconds(120)));
        insert(customer(A, "c-3", "three@example.com"));
        insert(ordered(customer(A, "c-4", "four@example.com"), "o-4", "1000", day));

        assertThat(ids(store.list(A, listing(Optional.empty(), Sort.TOTAL_SPEND, false, ALL))
                        .block()))
                .containsExactly("c-3", "c-2", "c-1", "c-4");
        assertThat(ids(store.list(A, listing(Optional.empty(), Sort.ORDER_COUNT, true, ALL))
                        .block()))
                .containsExactly("c-1", "c-4", "c-2", "c-3");
        assertThat(ids(store.list(A, listing(Optional.empty(), Sort.LAST_ORDER_AT, false, ALL))
                        .block()))
                .containsExactly("c-3", "c-4", "c-1", "c-2");
    }

    @ParameterizedTest
    @EnumSource(Sort.class)
    void sorting_descending_gives_exactly_the_reverse_of_ascending(Sort sort) {
        insertTwelveWithTiesAndGaps();

        List<String> ascending = new ArrayList<>(
                ids(store.list(A, listing(Optional.empty(), sort, false, ALL)).block()));
        List<String> descending =
                ids(store.list(A, listing(Optional.empty(), sort, true, ALL)).block());

        Collections.reverse(ascending);
        assertThat(descending).hasSize(12).isEqualTo(ascending);
    }

    @ParameterizedTest
    @EnumSource(Sort.class)
    void paging_by_cursor_visits_every_customer_once_in_the_order_of_the_numbered_listing(Sort sort) {
        insertTwelveWithTiesAndGaps();

        for (boolean descending : List.of(false, true)) {
            List<String> listed = ids(store.list(A, listing(Optional.empty(), sort, descending, ALL))
                    .block());

            assertThat(pagedByCursor(Optional.empty(), sort, descending, 5))
                    .as("%s %s", sort, descending ? "descending" : "ascending")
                    .isEqualTo(listed);
        }
    }

    @Test
    void paging_by_cursor_keeps_to_the_search_and_counts_the_whole_search() {
        IntStream.range(0, 7)
                .forEach(n -> insert(customer(A, "c-" + n, (n % 2 == 0 ? "asha" : "bina") + n + "@example.com")));
        CustomerListing first = listing(Optional.of("ASHA"), Sort.EMAIL, false, new PageRequest(0, 2));
        Page<Customer> page = store.list(A, first).block();

        Page<Customer> next =
                store.list(A, after(first, page.items().getLast())).block();

        assertThat(ids(next)).containsExactly("c-4", "c-6");
        assertThat(next.total()).isEqualTo(4);
        assertThat(pagedByCursor(Optional.of("asha"), Sort.EMAIL, true, 3)).containsExactly("c-6", "c-4", "c-2", "c-0");
    }

    @Test
    void a_page_after_the_last_customer_is_empty() {
        insert(customer(A, "c-1", "asha@example.com"));
        CustomerListing first = listing(Optional.empty(), Sort.LAST_ORDER_AT, true, ALL);
        Customer last = store.list(A, first).block().items().getLast();

        Page<Customer> beyond = store.list(A, after(first, last)).block();

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1);
    }

    @Test
    void pages_through_tied_customers_in_id_order_without_gaps_or_repeats() {
        List.of("c-5", "c-2", "c-7", "c-1", "c-4", "c-6", "c-3")
                .forEach(id -> insert(customer(A, id, id + "@example.com")));

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Page<Customer> customers = store.list(
                            A, listing(Optional.empty(), Sort.CREATED_AT, false, new PageRequest(page, 3)))
                    .block();
            assertThat(customers.total()).isEqualTo(7);
            paged.addAll(ids(customers));
        }

        assertThat(paged).containsExactly("c-1", "c-2", "c-3", "c-4", "c-5", "c-6", "c-7");
    }

    @Test
    void a_page_past_the_end_is_empty_and_still_tells_the_total() {
        insert(customer(A, "c-1", "asha@example.com"));

        Page<Customer> beyond = store.list(A, listing(Optional.empty(), Sort.EMAIL, false, new PageRequest(3, 10)))
                .block();

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1);
    }

    @Test
    void gives_the_audience_of_a_rule_in_id_order_and_counts_it() {
        insert(named("c-3", "Anand"));
        insert(named("c-1", "Asha"));
        insert(named("c-2", "Ravi"));
        AudienceQuery query = query(Rule.when("name", Operator.STARTS_WITH, Value.text("a")));

        assertThat(store.audience(A, query)
                        .map(customer -> customer.id().value())
                        .collectList()
                        .block())
                .containsExactly("c-1", "c-3");
        assertThat(store.countAudience(A, query).block()).isEqualTo(2);
        assertThat(store.sampleAudience(A, query, 1).block())
                .extracting(customer -> customer.id().value())
                .containsExactly("c-1");
        assertThat(store.sampleAudience(A, query, 0).block()).isEmpty();
    }

    @Test
    void an_audience_holds_each_customer_once_after_most_were_deleted_and_some_added_again() {
        IntStream.range(0, 10).forEach(i -> insert(named("c-" + i, "Asha")));
        IntStream.range(0, 8)
                .forEach(i -> store.delete(A, new CustomerId("c-" + i)).block());
        insert(named("c-3", "Anand"));
        insert(named("c-1", "Asha"));
        AudienceQuery query = query(Rule.when("name", Operator.STARTS_WITH, Value.text("a")));

        assertThat(store.audience(A, query)
                        .map(customer -> customer.id().value())
                        .collectList()
                        .block())
                .containsExactly("c-1", "c-3", "c-8", "c-9");
        assertThat(store.countAudience(A, query).block()).isEqualTo(4);
        AudienceTally tally = store.tallyAudience(A, query, 2).block();
        assertThat(tally.counts().matches()).isEqualTo(4);
        assertThat(tally.sample()).extracting(customer -> customer.id().value()).containsExactly("c-1", "c-3");
    }

    @Test
    void the_audience_and_its_count_are_exactly_the_customers_the_rule_evaluator_matches() {
        AtomicInteger examples = new AtomicInteger();
        // Each example has a workspace of its own, so that one store serves them all.
        qt().withFixedSeed(SEED)
                .withExamples(1_000)
                .forAll(rules(), lists().of(customers()).ofSizeBetween(0, 30))
                .checkAssert((rule, crowd) -> {
                    WorkspaceId workspace = new WorkspaceId("audience-" + examples.incrementAndGet());
                    List<Customer> customers = distinct(crowd, workspace);
                    store.saveAll(customers).block();
                    OptOuts optOuts = someOptedOut(customers);
                    CompiledRule matches = new RuleEvaluator(CATALOGUE, optOuts, CLOCK)
                            .compile(rule)
                            .get();
                    List<Customer> expected = customers.stream()
                            .filter(matches::matches)
                            .sorted(Comparator.comparing(
                                    customer -> customer.id().value()))
                            .toList();
                    AudienceQuery query =
                            AudienceQuery.of(rule, CATALOGUE, CLOCK).withOptOuts(optOuts);

                    assertThat(store.audience(workspace, query).collectList().block())
                            .as(rule.toString())
                            .containsExactlyElementsOf(expected);
                    assertThat(store.countAudience(workspace, query).block())
                            .as(rule.toString())
                            .isEqualTo(expected.size());
                });
    }

    @Test
    void
            the_tally_of_a_rule_counts_each_node_and_each_step_of_an_all_as_the_rule_evaluator_does_with_its_first_members() {
        AtomicInteger examples = new AtomicInteger();
        qt().withFixedSeed(SEED)
                .withExamples(200)
                .forAll(rules(), lists().of(customers()).ofSizeBetween(0, 30))
                .checkAssert((rule, crowd) -> {
                    WorkspaceId workspace = new WorkspaceId("tally-" + examples.incrementAndGet());
                    List<Customer> customers = distinct(crowd, workspace);
                    store.saveAll(customers).block();
                    OptOuts optOuts = someOptedOut(customers);
                    Counter expected = new RuleEvaluator(CATALOGUE, optOuts, CLOCK)
                            .tally(rule)
                            .get()
                            .counter();
                    List<Customer> members = customers.stream()
                            .filter(expected::add)
                            .sorted(Comparator.comparing(
                                    customer -> customer.id().value()))
                            .limit(5)
                            .toList();
                    AudienceQuery query =
                            AudienceQuery.of(rule, CATALOGUE, CLOCK).withOptOuts(optOuts);

                    assertThat(store.tallyAudience(workspace, query, 5).block())
                            .as(rule.toString())
                            .isEqualTo(new AudienceTally(expected.result(), members));
                    assertThat(store.sampleAudience(workspace, query, 5).block())
                            .as(rule.toString())
                            .isEqualTo(members);
                });
    }

    /** Every other customer opted out by e-mail and every third by phone, so that {@code unsubscribed} splits them. */
    private static OptOuts someOptedOut(List<Customer> customers) {
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        for (int i = 0; i < customers.size(); i++) {
            Customer customer = customers.get(i);
            if (i % 2 == 0) {
                emails.add(customer.email().value());
            }
            if (i % 3 == 0) {
                customer.profile().phone().ifPresent(phones::add);
            }
        }
        return new OptOuts(emails, phones);
    }

    @Test
    void refuses_an_audience_of_an_ill_typed_rule() {
        AudienceQuery query = query(Rule.when("spend", Operator.GT, Value.number(5)));

        Refused.asInvalid(store.audience(A, query));
        Refused.asInvalid(store.countAudience(A, query));
        Refused.asInvalid(store.tallyAudience(A, query, 10));
        Refused.asInvalid(store.sampleAudience(A, query, 10));
    }

    @Test
    void counts_customers_and_those_created_since_an_instant_included() {
        insert(customer(A, "c-1", "one@example.com", Optional.empty(), NOW.minusSeconds(1)));
        insert(customer(A, "c-2", "two@example.com", Optional.empty(), NOW));
        insert(customer(A, "c-3", "three@example.com", Optional.empty(), NOW.plusSeconds(1)));

        assertThat(store.count(A).block()).isEqualTo(3);
        assertThat(store.countCreatedSince(A, NOW).block()).isEqualTo(2);
    }

    @Test
    void a_workspace_sees_none_of_another_workspaces_customers() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com", Optional.of("Asha"), NOW));

        StepVerifier.create(store.findById(B, asha.id())).verifyComplete();
        StepVerifier.create(store.findByEmail(B, asha.email())).verifyComplete();
        StepVerifier.create(store.findByEmails(B, List.of(asha.email()))).verifyComplete();
        assertThat(store.list(B, listing(Optional.of("asha"), Sort.NAME, false, ALL))
                        .block()
                        .total())
                .isZero();
        StepVerifier.create(store.audience(B, query(Rule.all()))).verifyComplete();
        assertThat(store.countAudience(B, query(Rule.all())).block()).isZero();
        assertThat(store.count(B).block()).isZero();
        assertThat(store.countCreatedSince(B, NOW.minusSeconds(60)).block()).isZero();
    }

    @Test
    void a_workspace_cannot_change_another_workspaces_customers() {
        Customer asha = insert(customer(A, "c-1", "asha@example.com"));

        StepVerifier.create(store.delete(B, asha.id())).expectNext(false).verifyComplete();
        StepVerifier.create(store.replace(customer(B, "c-1", "ravi@shop.in"))).verifyComplete();
        StepVerifier.create(store.applyOrder(order(B, "o-1", Optional.empty(), "c-1", "100", NOW), NOW))
                .verifyComplete();

        assertThat(store.findById(A, asha.id()).block()).isEqualTo(asha);
        assertThat(store.count(B).block()).isZero();
    }

    @Test
    void two_workspaces_may_hold_the_same_id_and_email() {
        Customer inA = insert(customer(A, "c-1", "asha@example.com"));
        Customer inB = insert(customer(B, "c-1", "asha@example.com"));

        StepVerifier.create(store.delete(B, inB.id())).expectNext(true).verifyComplete();

        assertThat(store.findByEmail(A, inA.email()).block()).isEqualTo(inA);
    }

    private Customer insert(Customer customer) {
        return store.insert(customer).block();
    }

    private static Profile profile(String name, String city) {
        return new Profile(Optional.of(name), Optional.empty(), Optional.of(city), Set.of("vip"), Map.of());
    }

    /** The customer with a shop's own figures, as an import gives them, keeping the orders it counted. */
    private static Customer withFigures(Customer customer, String spend, int visits, Instant lastOrder) {
        Instant first = customer.purchases()
                .firstOrderAt()
                .filter(earliest -> earliest.isBefore(lastOrder))
                .orElse(lastOrder);
        PurchaseHistory figures = new PurchaseHistory(
                Money.of(spend, "INR"),
                visits,
                Optional.of(first),
                Optional.of(lastOrder),
                customer.purchases().countedOrders());
        return new Customer(
                customer.workspace(),
                customer.id(),
                customer.email(),
                customer.profile(),
                figures,
                customer.createdAt(),
                customer.updatedAt().plusSeconds(1));
    }

    private static Customer named(String id, String name) {
        return customer(A, id, id + "@example.com", Optional.ofNullable(name), NOW);
    }

    /** Twelve customers sharing names, creation days, spends and last orders, some without a name or an order. */
    private void insertTwelveWithTiesAndGaps() {
        IntStream.range(0, 12).forEach(n -> {
            Customer customer = customer(
                    A,
                    "c-" + n,
                    "c" + n + "@example.com",
                    n % 3 == 0 ? Optional.empty() : Optional.of(n % 2 == 0 ? "asha" : "Asha"),
                    NOW.minus(Duration.ofDays(n % 4)));
            insert(
                    n % 2 == 0
                            ? ordered(customer, "o-" + n, Integer.toString(n % 5), NOW.minus(Duration.ofDays(n % 3)))
                            : customer);
        });
    }

    /** Every id of the listing, asked page by page, each page after the last customer of the one before. */
    private List<String> pagedByCursor(Optional<String> search, Sort sort, boolean descending, int size) {
        List<String> paged = new ArrayList<>();
        CustomerListing next = listing(search, sort, descending, new PageRequest(0, size));
        for (int asked = 0; asked < 20; asked++) {
            List<Customer> page = store.list(A, next).block().items();
            page.forEach(customer -> paged.add(customer.id().value()));
            if (page.size() < size) {
                return paged;
            }
            next = after(next, page.getLast());
        }
        throw new AssertionError("paging by cursor did not come to an end: " + paged);
    }

    private static CustomerListing after(CustomerListing listing, Customer last) {
        return new CustomerListing(
                listing.search(),
                listing.sort(),
                listing.descending(),
                listing.page(),
                Optional.of(CustomerListing.After.of(listing.sort(), last)));
    }

    private static CustomerListing listing(Optional<String> search, Sort sort, boolean descending, PageRequest page) {
        return new CustomerListing(search, sort, descending, page);
    }

    private static AudienceQuery query(Rule rule) {
        return new AudienceQuery(rule, FieldCatalogue.standard(), NOW, ZoneOffset.UTC);
    }

    private static List<String> ids(Page<Customer> page) {
        return page.items().stream().map(customer -> customer.id().value()).toList();
    }

    /** The crowd moved into the workspace, without repeated ids, and with repeated e-mails made unique by a prefix. */
    private static List<Customer> distinct(List<Customer> crowd, WorkspaceId workspace) {
        Map<CustomerId, Customer> byId = new LinkedHashMap<>();
        crowd.forEach(customer -> byId.putIfAbsent(customer.id(), customer));
        Set<Email> taken = new HashSet<>();
        List<Customer> customers = new ArrayList<>();
        for (Customer customer : byId.values()) {
            Email email = taken.add(customer.email())
                    ? customer.email()
                    : new Email("n" + customers.size() + "." + customer.email());
            customers.add(new Customer(
                    workspace,
                    customer.id(),
                    email,
                    customer.profile(),
                    customer.purchases(),
                    customer.createdAt(),
                    customer.updatedAt()));
        }
        return customers;
    }
}
