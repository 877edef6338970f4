package io.minicrm.domain.segment;

import static io.minicrm.domain.segment.Operator.*;
import static io.minicrm.domain.segment.Rule.all;
import static io.minicrm.domain.segment.Rule.any;
import static io.minicrm.domain.segment.Rule.not;
import static io.minicrm.domain.segment.Rule.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.segment.Value.Day;
import io.minicrm.domain.segment.Value.DaysAgo;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleEvaluatorTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** Noon on 24 November 2026 in Kolkata; that day began at 2026-11-23T18:30Z. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:30:00Z"), KOLKATA);

    private static final Currency INR = Currency.getInstance("INR");
    private static final FieldCatalogue CATALOGUE = FieldCatalogue.standard()
            .withAttribute("score", FieldType.NUMBER)
            .withAttribute("vip", FieldType.BOOLEAN)
            .withAttribute("plan", FieldType.TEXT)
            .withAttribute("renewal_at", FieldType.DATETIME);

    private final RuleEvaluator evaluator = new RuleEvaluator(CATALOGUE, CLOCK);

    private boolean matches(Rule rule, Customer customer) {
        return evaluator.matches(rule, customer).get();
    }

    private static Customer customer(Profile profile) {
        return Customer.register(
                WorkspaceId.DEFAULT,
                new CustomerId("c1"),
                new Email("asha@example.com"),
                profile,
                INR,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static Customer withOrders(String spend, int count, String firstOrder, String lastOrder) {
        Customer customer = customer(Profile.EMPTY);
        PurchaseHistory history = new PurchaseHistory(
                new Money(new BigDecimal(spend), INR),
                count,
                Optional.ofNullable(firstOrder).map(Instant::parse),
                Optional.ofNullable(lastOrder).map(Instant::parse),
                Set.of());
        return new Customer(
                customer.workspace(),
                customer.id(),
                customer.email(),
                customer.profile(),
                history,
                customer.createdAt(),
                customer.updatedAt());
    }

    private static Customer spending(String spend) {
        return withOrders(spend, 1, "2026-11-01T00:00:00Z", "2026-11-01T00:00:00Z");
    }

    private static Customer lastOrderAt(String instant) {
        return withOrders("10", 1, instant, instant);
    }

    private static Customer createdAt(String instant) {
        return new Customer(
                WorkspaceId.DEFAULT,
                new CustomerId("c1"),
                new Email("asha@example.com"),
                Profile.EMPTY,
                PurchaseHistory.none(INR),
                Instant.parse(instant),
                Instant.parse(instant));
    }

    private static Profile profile(String name, String city, Set<String> tags, Map<String, AttributeValue> attributes) {
        return new Profile(
                Optional.ofNullable(name), Optional.of("+91 98200 00000"), Optional.ofNullable(city), tags, attributes);
    }

    @ParameterizedTest(name = "spend {0}: > {1} is {2}, >= is {3}, < is {4}, <= is {5}, = is {6}, != is {7}")
    @CsvSource({
        "4999.99, 5000, false, false, true,  true,  false, true",
        "5000,    5000, false, true,  false, true,  true,  false",
        "5000.00, 5000, false, true,  false, true,  true,  false",
        "5000.01, 5000, true,  true,  false, false, false, true",
        "10.5,    10.50, false, true, false, true,  true,  false"
    })
    void money_comparisons_hold_at_their_boundaries_whatever_the_scale(
            String spend, String bound, boolean gt, boolean ge, boolean lt, boolean le, boolean eq, boolean ne) {
        Customer customer = spending(spend);
        Value value = Value.number(bound);

        assertThat(List.of(GT, GE, LT, LE, EQ, NE))
                .map(op -> matches(when("total_spend", op, value), customer))
                .containsExactly(gt, ge, lt, le, eq, ne);
    }

    @ParameterizedTest(name = "{0} orders, between {1} and {2} is {3}")
    @CsvSource({
        "0, 1, 3, false",
        "1, 1, 3, true",
        "3, 1, 3, true",
        "4, 1, 3, false",
        "2, 1.5, 2.5, true",
        "1, 1.5, 2.5, false"
    })
    void between_includes_both_ends(int orders, String from, String to, boolean expected) {
        Customer customer = withOrders(
                "100",
                orders,
                orders == 0 ? null : "2026-11-01T00:00:00Z",
                orders == 0 ? null : "2026-11-01T00:00:00Z");

        assertThat(matches(when("order_count", BETWEEN, new Range(Value.number(from), Value.number(to))), customer))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} orders: > 2.5 is {1}, < 2.5 is {2}, = 2.5 is {3}, >= 2.5 is {4}, <= 2.5 is {5}")
    @CsvSource({"2, false, true, false, false, true", "3, true, false, false, true, false"})
    void whole_counts_compare_exactly_with_fractions(
            int orders, boolean gt, boolean lt, boolean eq, boolean ge, boolean le) {
        Customer customer = withOrders("100", orders, "2026-11-01T00:00:00Z", "2026-11-01T00:00:00Z");
        Value half = Value.number("2.5");

        assertThat(List.of(GT, LT, EQ, GE, LE))
                .map(op -> matches(when("order_count", op, half), customer))
                .containsExactly(gt, lt, eq, ge, le);
        assertThat(matches(when("order_count", NE, half), customer)).isTrue();
        assertThat(matches(
                        when("order_count", IN, new Many(List.of(Value.number(orders), Value.number("9.5")))),
                        customer))
                .isTrue();
    }

    @Test
    void text_compares_without_regard_to_case() {
        Customer asha = customer(profile("Asha Rao", "Pune", Set.of(), Map.of()));

        assertThat(matches(when("city", EQ, Value.text("PUNE")), asha)).isTrue();
        assertThat(matches(when("city", NE, Value.text("pune")), asha)).isFalse();
        assertThat(matches(when("city", IN, new Many(List.of(Value.text("Delhi"), Value.text("pUNE")))), asha))
                .isTrue();
        assertThat(matches(when("city", IN, new Many(List.of(Value.text("Delhi")))), asha))
                .isFalse();
        assertThat(matches(when("name", CONTAINS, Value.text("SHA R")), asha)).isTrue();
        assertThat(matches(when("name", CONTAINS, Value.text("Rao ")), asha)).isFalse();
        assertThat(matches(when("email", STARTS_WITH, Value.text("ASHA@")), asha))
                .isTrue();
        assertThat(matches(when("email", STARTS_WITH, Value.text("sha")), asha)).isFalse();
        assertThat(matches(when("phone", IS_SET, Value.NONE), asha)).isTrue();
    }

    @Test
    void an_absent_value_fails_every_condition_but_its_negation_matches() {
        Customer nobody = customer(Profile.EMPTY);

        assertThat(List.of(
                        when("city", EQ, Value.text("Pune")),
                        when("city", NE, Value.text("Pune")),
                        when("city", IS_SET, Value.NONE),
                        when("last_order_at", WITHIN_LAST, new DaysAgo(30)),
                        when("last_order_at", MORE_THAN_AGO, new DaysAgo(30)),
                        when("last_order_at", IS_SET, Value.NONE),
                        when("first_order_at", BEFORE, new DaysAgo(0)),
                        when("days_since_last_order", GE, Value.number(0)),
                        when("tags", IS_SET, Value.NONE),
                        when("attr.vip", NE, new Value.Flag(true))))
                .allSatisfy(rule ->
                        assertThat(matches(rule, nobody)).as(rule.toString()).isFalse());
        assertThat(matches(not(when("last_order_at", IS_SET, Value.NONE)), nobody))
                .as("never ordered")
                .isTrue();
        assertThat(matches(not(when("city", EQ, Value.text("Pune"))), nobody)).isTrue();
        assertThat(matches(when("order_count", EQ, Value.number(0)), nobody)).isTrue();
        assertThat(matches(when("total_spend", EQ, Value.number(0)), nobody)).isTrue();
    }

    @ParameterizedTest(name = "last order at {0}: within the last 30 days is {1}, more than 30 days ago is {2}")
    @CsvSource({
        "2026-10-24T18:29:59Z, false, true", // 24 Oct 23:59:59 in Kolkata
        "2026-10-24T18:30:00Z, true, false", // 25 Oct 00:00 in Kolkata: 30 days before today
        "2026-11-24T06:30:00Z, true, false"
    })
    void relative_days_count_calendar_days_in_the_clock_zone(String lastOrder, boolean within, boolean moreThan) {
        Customer customer = lastOrderAt(lastOrder);

        assertThat(matches(when("last_order_at", WITHIN_LAST, new DaysAgo(30)), customer))
                .isEqualTo(within);
        assertThat(matches(when("last_order_at", MORE_THAN_AGO, new DaysAgo(30)), customer))
                .isEqualTo(moreThan);
        assertThat(matches(when("last_order_at", BEFORE, new DaysAgo(30)), customer))
                .isEqualTo(moreThan);
        assertThat(matches(when("days_since_last_order", GT, Value.number(30)), customer))
                .isEqualTo(moreThan);
    }

    @ParameterizedTest(name = "created at {0}: before 1 Jan is {1}, on 1 Jan is {2}, after 1 Jan is {3}")
    @CsvSource({
        "2025-12-31T18:29:59Z, true, false, false",
        "2025-12-31T18:30:00Z, false, true, false",
        "2026-01-01T18:29:59Z, false, true, false",
        "2026-01-01T18:30:00Z, false, false, true"
    })
    void absolute_days_are_whole_days_in_the_clock_zone(String created, boolean before, boolean on, boolean after) {
        Customer customer = createdAt(created);
        Day newYear = new Day(LocalDate.of(2026, 1, 1));

        assertThat(List.of(BEFORE, EQ, AFTER))
                .map(op -> matches(when("created_at", op, newYear), customer))
                .containsExactly(before, on, after);
        assertThat(matches(when("created_at", BETWEEN, new Range(newYear, newYear)), customer))
                .isEqualTo(on);
    }

    @Test
    void the_same_instant_falls_on_different_days_in_different_zones() {
        Customer customer = createdAt("2026-11-23T19:00:00Z");
        Rule createdToday = when("created_at", EQ, new DaysAgo(0));

        assertThat(matches(createdToday, customer))
                .as("00:30 on the 24th in Kolkata")
                .isTrue();
        RuleEvaluator utc = new RuleEvaluator(CATALOGUE, CLOCK.withZone(ZoneOffset.UTC));
        assertThat(utc.matches(createdToday, customer).get())
                .as("19:00 on the 23rd in UTC")
                .isFalse();
    }

    @Test
    void days_since_the_last_order_changes_at_local_midnight() {
        assertThat(matches(when("days_since_last_order", EQ, Value.number(1)), lastOrderAt("2026-11-23T18:29:59Z")))
                .isTrue();
        assertThat(matches(when("days_since_last_order", EQ, Value.number(0)), lastOrderAt("2026-11-23T18:30:00Z")))
                .isTrue();
    }

    @Test
    void tags_match_any_or_all_without_regard_to_case() {
        Customer vip = customer(profile(null, null, Set.of("VIP", "new"), Map.of()));

        assertThat(matches(when("tags", HAS_ANY, new Many(List.of(Value.text("churned"), Value.text("vip")))), vip))
                .isTrue();
        assertThat(matches(when("tags", HAS_ALL, new Many(List.of(Value.text("vip"), Value.text(" New ")))), vip))
                .isTrue();
        assertThat(matches(when("tags", HAS_ALL, new Many(List.of(Value.text("vip"), Value.text("churned")))), vip))
                .isFalse();
        assertThat(matches(when("tags", IS_SET, Value.NONE), vip)).isTrue();
    }

    @Test
    void custom_attributes_of_another_type_than_declared_count_as_absent() {
        Customer customer = customer(profile(
                null,
                null,
                Set.of(),
                Map.of(
                        "score",
                        new AttributeValue.Text("9"),
                        "vip",
                        new AttributeValue.Flag(true),
                        "plan",
                        new AttributeValue.Text("Gold"),
                        "renewal_at",
                        new AttributeValue.Moment(Instant.parse("2026-11-10T00:00:00Z")))));

        assertThat(matches(when("attr.score", GT, Value.number(5)), customer)).isFalse();
        assertThat(matches(when("attr.score", IS_SET, Value.NONE), customer)).isFalse();
        assertThat(matches(when("attr.vip", EQ, new Value.Flag(true)), customer))
                .isTrue();
        assertThat(matches(when("attr.vip", NE, new Value.Flag(true)), customer))
                .isFalse();
        assertThat(matches(when("attr.plan", EQ, Value.text("gold")), customer)).isTrue();
        assertThat(matches(when("attr.renewal_at", BEFORE, new DaysAgo(10)), customer))
                .isTrue();
        assertThat(matches(when("attr.renewal_at", WITHIN_LAST, new DaysAgo(14)), customer))
                .isTrue();
    }

    @Test
    void empty_all_matches_everyone_and_empty_any_no_one() {
        Customer customer = customer(Profile.EMPTY);

        assertThat(matches(all(), customer)).isTrue();
        assertThat(matches(any(), customer)).isFalse();
    }

    @Test
    void an_ill_typed_rule_is_refused_rather_than_evaluated() {
        assertThat(evaluator
                        .compile(when("total_spend", CONTAINS, Value.text("5")))
                        .isLeft())
                .isTrue();
    }

    @Test
    void unsubscribed_is_whether_the_customers_address_or_phone_is_among_the_opt_outs_and_is_never_absent() {
        Customer byEmail = customer(Profile.EMPTY);
        Customer byPhone = customer(
                new Profile(Optional.empty(), Optional.of("+919800000001"), Optional.empty(), Set.of(), Map.of()));
        RuleEvaluator withOptOuts = new RuleEvaluator(
                CATALOGUE, new OptOuts(Set.of("someone@example.com"), Set.of("+919800000001")), CLOCK);
        Rule saidNo = when("unsubscribed", EQ, new Value.Flag(true));

        assertThat(withOptOuts.matches(saidNo, byPhone).get()).isTrue();
        assertThat(withOptOuts.matches(saidNo, byEmail).get()).isFalse();
        assertThat(withOptOuts
                        .matches(when("unsubscribed", NE, new Value.Flag(true)), byEmail)
                        .get())
                .isTrue();
        assertThat(withOptOuts
                        .matches(when("unsubscribed", IS_SET, Value.NONE), byEmail)
                        .get())
                .isTrue();
        assertThat(new RuleEvaluator(CATALOGUE, new OptOuts(Set.of("asha@example.com"), Set.of()), CLOCK)
                        .matches(saidNo, byEmail)
                        .get())
                .isTrue();
        assertThat(matches(saidNo, byEmail)).as("without opt-outs, nobody").isFalse();
    }
}
