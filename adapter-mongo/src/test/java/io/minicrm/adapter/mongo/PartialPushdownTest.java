package io.minicrm.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.segment.Operator;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleGenerators;
import io.minicrm.domain.segment.Value;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A rule with a part MongoDB cannot express exactly (a number beyond Decimal128) is still answered exactly: the rest
 * is pushed down and the evaluator decides the part that is not.
 */
class PartialPushdownTest {

    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    /** 35 significant digits: one more than Decimal128 keeps. */
    private static final Value BEYOND_DECIMAL128 = Value.number("50.0000000000000000000000000000000001");

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Test
    void a_condition_that_cannot_be_pushed_down_is_decided_by_the_evaluator() {
        CustomerStore store = storage.open().customers();
        store.saveAll(List.of(
                        customer("c-1", "Pune", 50),
                        customer("c-2", "Pune", 51),
                        customer("c-3", "Delhi", 51),
                        customer("c-4", "Pune", 10)))
                .block();
        Rule above = Rule.when("attr.score", Operator.GT, BEYOND_DECIMAL128);
        Rule inPune = Rule.when("city", Operator.EQ, Value.text("pune"));

        assertThat(audience(store, Rule.all(inPune, above))).containsExactly("c-2");
        assertThat(audience(store, Rule.any(above, Rule.when("attr.score", Operator.LT, Value.number(20)))))
                .containsExactly("c-2", "c-3", "c-4");
        assertThat(audience(store, Rule.all(inPune, Rule.not(above)))).containsExactly("c-1", "c-4");
        assertThat(store.countAudience(SHOP, query(Rule.all(inPune, Rule.not(above))))
                        .block())
                .isEqualTo(2);
    }

    @Test
    void only_the_expressible_part_of_such_a_rule_reaches_the_server() {
        Rule above = Rule.when("attr.score", Operator.GT, BEYOND_DECIMAL128);
        Rule inPune = Rule.when("city", Operator.EQ, Value.text("pune"));

        Pushdown partial = MongoCustomerStore.pushdown(query(Rule.all(inPune, above)));
        Pushdown whole = MongoCustomerStore.pushdown(
                query(Rule.all(inPune, Rule.when("attr.score", Operator.GT, Value.number(50)))));

        assertThat(partial.exact()).isFalse();
        assertThat(partial.filter().toBsonDocument().toJson())
                .contains("fold.city")
                .doesNotContain("attrs.score");
        assertThat(whole.exact()).isTrue();
    }

    private static List<String> audience(CustomerStore store, Rule rule) {
        return store.audience(SHOP, query(rule))
                .map(customer -> customer.id().value())
                .collectList()
                .block();
    }

    private static AudienceQuery query(Rule rule) {
        return new AudienceQuery(rule, RuleGenerators.CATALOGUE, NOW, ZoneOffset.UTC);
    }

    private static Customer customer(String id, String city, int score) {
        Profile profile = new Profile(
                Optional.empty(),
                Optional.empty(),
                Optional.of(city),
                Set.of(),
                Map.of("score", new AttributeValue.Decimal(BigDecimal.valueOf(score))));
        return Customer.register(
                SHOP,
                new CustomerId(id),
                new Email(id + "@example.com"),
                profile,
                java.util.Currency.getInstance("INR"),
                NOW);
    }
}
