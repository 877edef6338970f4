package io.minicrm.application.service;

import static io.minicrm.application.service.Engine.A;
import static io.minicrm.application.service.Engine.B;
import static io.minicrm.application.service.Engine.NOW;
import static io.minicrm.application.service.Engine.draft;
import static io.minicrm.application.service.Engine.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.Upserted;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.CustomerListing.Sort;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerCreated;
import io.minicrm.domain.customer.CustomerDeleted;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.CustomerUpdated;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class CustomerServiceTest {

    private final Engine engine = new Engine();

    @Test
    void registers_a_customer_under_the_normalised_email() {
        Customer asha = engine.customers
                .create(A, draft("  Asha@Example.COM ", Optional.of("Asha Rao"), Optional.of("Pune")))
                .block();

        assertThat(asha)
                .isEqualTo(new Customer(
                        A,
                        new CustomerId("id-001"),
                        new Email("asha@example.com"),
                        new Profile(Optional.of("Asha Rao"), Optional.empty(), Optional.of("Pune"), Set.of(), Map.of()),
                        PurchaseHistory.none(Currency.getInstance("INR")),
                        NOW,
                        NOW));
        assertThat(engine.customers.get(A, asha.id()).block()).isEqualTo(asha);
    }

    @Test
    void refuses_an_email_that_is_not_an_address() {
        assertThat(refusal(engine.customers.create(A, draft("asha-at-example.com"))))
                .isEqualTo(Problem.Invalid.of("email", "'asha-at-example.com' is not an e-mail address"));
        assertThat(refusal(engine.customers.create(A, draft(" "))))
                .isEqualTo(Problem.Invalid.of("email", "an e-mail address is required"));
    }

    @Test
    void refuses_every_attribute_name_a_profile_cannot_hold() {
        CustomerDraft draft = new CustomerDraft(
                "asha@example.com",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                Map.of(
                        "plan",
                        new AttributeValue.Text("gold"),
                        "2nd_plan",
                        new AttributeValue.Text("x"),
                        "has space",
                        new AttributeValue.Flag(true)));

        assertThat(refusal(engine.customers.create(A, draft)))
                .isEqualTo(new Problem.Invalid(List.of(
                        new Violation(
                                "attributes.2nd_plan",
                                "an attribute name is a letter then up to 63 letters, digits or '_'"),
                        new Violation(
                                "attributes.has space",
                                "an attribute name is a letter then up to 63 letters, digits or '_'"))));
        assertThat(engine.customers.list(A, everyone()).block().total()).isZero();
    }

    @Test
    void refuses_a_second_customer_with_the_same_email_in_any_case() {
        engine.customers.create(A, draft("asha@example.com")).block();

        assertThat(refusal(engine.customers.create(A, draft("ASHA@example.com"))))
                .isEqualTo(new Problem.Conflict("e-mail asha@example.com is already taken"));
        assertThat(engine.customers.list(A, everyone()).block().total()).isEqualTo(1);
    }

    @Test
    void upsert_registers_an_unknown_email_then_updates_the_customer_who_has_it() {
        Upserted<Customer> first = engine.customers
                .upsert(A, draft("asha@example.com", Optional.of("Asha"), Optional.of("Pune")))
                .block();
        engine.clock.advance(Duration.ofHours(1));
        Upserted<Customer> second = engine.customers
                .upsert(A, draft("Asha@Example.com", Optional.of("Asha Rao"), Optional.empty()))
                .block();

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.value().id()).isEqualTo(first.value().id());
        assertThat(second.value().profile())
                .isEqualTo(
                        new Profile(Optional.of("Asha Rao"), Optional.empty(), Optional.empty(), Set.of(), Map.of()));
        assertThat(second.value().createdAt()).isEqualTo(NOW);
        assertThat(second.value().updatedAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(engine.customers.get(A, first.value().id()).block()).isEqualTo(second.value());
    }

    @Test
    void upserting_an_unchanged_profile_changes_nothing_and_tells_nobody() {
        CustomerDraft draft = draft("asha@example.com", Optional.of("Asha"), Optional.of("Pune"));
        Customer registered = engine.customers.upsert(A, draft).block().value();
        engine.clock.advance(Duration.ofHours(1));

        Upserted<Customer> again = engine.customers.upsert(A, draft).block();

        assertThat(again).isEqualTo(new Upserted<>(registered, false));
        assertThat(engine.events).containsExactly(new CustomerCreated(registered, NOW));
    }

    @Test
    void update_replaces_email_and_profile_and_frees_the_old_email() {
        Customer asha = engine.customer(A, "asha@example.com", Optional.of("Asha"), Optional.of("Pune"));
        engine.clock.advance(Duration.ofMinutes(5));

        Customer updated = engine.customers
                .update(A, asha.id(), draft("asha.rao@example.com", Optional.of("Asha Rao"), Optional.empty()))
                .block();

        assertThat(updated.email()).isEqualTo(new Email("asha.rao@example.com"));
        assertThat(updated.profile().name()).contains("Asha Rao");
        assertThat(updated.profile().city()).isEmpty();
        assertThat(updated.updatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(engine.customers.create(A, draft("asha@example.com")).block().email())
                .isEqualTo(new Email("asha@example.com"));
    }

    @Test
    void update_of_an_unknown_customer_is_not_found() {
        assertThat(refusal(engine.customers.update(A, new CustomerId("nobody"), draft("asha@example.com"))))
                .isEqualTo(new Problem.NotFound("customer", "nobody"));
    }

    @Test
    void update_refuses_an_email_another_customer_has() {
        Customer asha = engine.customer(A, "asha@example.com", Optional.of("Asha"), Optional.empty());
        engine.customer(A, "ravi@example.com", Optional.of("Ravi"), Optional.empty());

        assertThat(refusal(engine.customers.update(
                        A, asha.id(), draft("Ravi@example.com", Optional.of("Asha"), Optional.empty()))))
                .isEqualTo(new Problem.Conflict("e-mail ravi@example.com is already taken"));
        assertThat(engine.customers.get(A, asha.id()).block()).isEqualTo(asha);
    }

    @Test
    void an_unknown_customer_is_not_there() {
        StepVerifier.create(engine.customers.get(A, new CustomerId("nobody"))).verifyComplete();
    }

    @Test
    void lists_the_customers_whose_name_or_email_contains_the_search_a_page_at_a_time() {
        engine.customer(A, "ravi@example.com", Optional.of("Ravi"), Optional.empty());
        engine.customer(A, "kashyap@example.com", Optional.of("Dev"), Optional.empty());
        engine.customer(A, "asha@example.com", Optional.of("Asha Rao"), Optional.empty());
        engine.customer(A, "meera@example.com", Optional.of("Meera Nash"), Optional.empty());

        CustomerListing search = new CustomerListing(Optional.of(" ASH "), Sort.NAME, false, new PageRequest(0, 2));
        CustomerListing secondPage = new CustomerListing(Optional.of("ash"), Sort.NAME, false, new PageRequest(1, 2));
        CustomerListing byEmailDescending =
                new CustomerListing(Optional.empty(), Sort.EMAIL, true, new PageRequest(0, 3));

        assertThat(names(engine.customers.list(A, search).block())).containsExactly("Asha Rao", "Dev");
        assertThat(engine.customers.list(A, search).block().total()).isEqualTo(3);
        assertThat(names(engine.customers.list(A, secondPage).block())).containsExactly("Meera Nash");
        assertThat(engine.customers.list(A, byEmailDescending).block().items())
                .extracting(customer -> customer.email().value())
                .containsExactly("ravi@example.com", "meera@example.com", "kashyap@example.com");
    }

    @Test
    void deletes_a_customer() {
        Customer asha = engine.customer(A, "asha@example.com", Optional.empty(), Optional.empty());

        StepVerifier.create(engine.customers.delete(A, asha.id())).verifyComplete();

        StepVerifier.create(engine.customers.get(A, asha.id())).verifyComplete();
        assertThat(refusal(engine.customers.delete(A, asha.id())))
                .isEqualTo(new Problem.NotFound("customer", "id-001"));
    }

    @Test
    void tells_listeners_of_a_deleted_customer_once_it_is_gone_and_of_nothing_when_there_was_none() {
        Customer asha = engine.customer(A, "asha@example.com", Optional.empty(), Optional.empty());
        List<Optional<Customer>> storedWhenTold = storedWhenTold(CustomerDeleted.class, CustomerDeleted::customer);
        engine.clock.advance(Duration.ofMinutes(1));

        engine.customers.delete(A, asha.id()).block();
        refusal(engine.customers.delete(A, asha.id()));

        assertThat(storedWhenTold).containsExactly(Optional.empty());
        assertThat(engine.events)
                .containsExactly(
                        new CustomerCreated(asha, NOW),
                        new CustomerDeleted(A, asha.id(), NOW.plus(Duration.ofMinutes(1))));
    }

    @Test
    void tells_listeners_of_a_new_customer_once_it_is_stored() {
        List<Optional<Customer>> storedWhenTold = storedWhenTold(
                CustomerCreated.class, created -> created.customer().id());

        Customer asha = engine.customer(A, "asha@example.com", Optional.of("Asha"), Optional.empty());

        assertThat(storedWhenTold).containsExactly(Optional.of(asha));
        assertThat(engine.events).containsExactly(new CustomerCreated(asha, NOW));
    }

    @Test
    void tells_listeners_of_a_changed_customer_once_the_change_is_stored() {
        Customer asha = engine.customer(A, "asha@example.com", Optional.of("Asha"), Optional.empty());
        List<Optional<Customer>> storedWhenTold = storedWhenTold(
                CustomerUpdated.class, updated -> updated.customer().id());
        engine.clock.advance(Duration.ofMinutes(1));

        Customer updated = engine.customers
                .update(A, asha.id(), draft("asha@example.com", Optional.of("Asha Rao"), Optional.empty()))
                .block();

        assertThat(storedWhenTold).containsExactly(Optional.of(updated));
        assertThat(engine.events)
                .containsExactly(
                        new CustomerCreated(asha, NOW), new CustomerUpdated(updated, NOW.plus(Duration.ofMinutes(1))));
    }

    @Test
    void a_customer_of_one_workspace_cannot_be_read_changed_or_removed_through_another() {
        Customer asha = engine.customer(A, "asha@example.com", Optional.of("Asha"), Optional.empty());

        StepVerifier.create(engine.customers.get(B, asha.id())).verifyComplete();
        assertThat(refusal(engine.customers.update(
                        B, asha.id(), draft("asha@example.com", Optional.of("Mallory"), Optional.empty()))))
                .isEqualTo(new Problem.NotFound("customer", "id-001"));
        assertThat(refusal(engine.customers.delete(B, asha.id())))
                .isEqualTo(new Problem.NotFound("customer", "id-001"));
        assertThat(engine.customers.list(B, everyone()).block().total()).isZero();
        assertThat(engine.customers.get(A, asha.id()).block()).isEqualTo(asha);
    }

    @Test
    void each_workspace_may_register_the_same_email() {
        engine.customer(A, "asha@example.com", Optional.empty(), Optional.empty());

        assertThat(engine.customers.upsert(B, draft("asha@example.com")).block().created())
                .isTrue();
    }

    /** For each event of the kind, what the store held for its customer at the moment the event was told. */
    private <E extends CrmEvent> List<Optional<Customer>> storedWhenTold(
            Class<E> kind, Function<E, CustomerId> customerOf) {
        List<Optional<Customer>> stored = new ArrayList<>();
        engine.bus
                .events()
                .ofType(kind)
                .subscribe(told -> stored.add(engine.customerStore
                        .findById(told.workspace(), customerOf.apply(told))
                        .blockOptional()));
        return stored;
    }

    private static CustomerListing everyone() {
        return new CustomerListing(Optional.empty(), Sort.CREATED_AT, false, PageRequest.FIRST);
    }

    private static List<String> names(Page<Customer> page) {
        return page.items().stream()
                .map(customer -> customer.profile().name().orElseThrow())
                .toList();
    }
}
