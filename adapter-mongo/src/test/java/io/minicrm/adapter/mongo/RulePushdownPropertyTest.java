package io.minicrm.adapter.mongo;

import static io.minicrm.domain.customer.CustomerGenerators.CLOCK;
import static io.minicrm.domain.segment.RuleGenerators.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerGenerators;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.segment.CompiledRule;
import io.minicrm.domain.segment.Operator;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleEvaluator;
import io.minicrm.domain.segment.RuleGenerators;
import io.minicrm.domain.segment.Value;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import reactor.core.publisher.Flux;

/**
 * The pushed-down filter alone, with no evaluator after it, selects exactly the customers the domain evaluator
 * matches, customer by customer: generated rules and crowds, plus text full of regular-expression metacharacters,
 * case-folding oddities and control characters in both the customers and the conditions.
 */
class RulePushdownPropertyTest {

    private static final long SEED = 5_2026_11_24L;
    private static final List<String> AWKWARD = List.of(
            "a.b*c",
            "(x)",
            "[pune]",
            "^start",
            "end$",
            "a|b",
            "C:\\tmp\\",
            "50% off?",
            "{2}",
            "+91 98200",
            "ſtraße",
            "İstanbul",
            "two\nlines",
            "bell\u0007",
            "smile 😀",
            "Zürich",
            "ZÜRICH",
            ".*");

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Test
    void the_pushed_down_filter_selects_exactly_the_customers_the_evaluator_matches() {
        MongoStorage mongo = storage.open();
        CustomerStore store = mongo.customers();
        MongoCollection<Document> collection = mongo.database().getCollection("customers");
        RuleEvaluator evaluator = new RuleEvaluator(CATALOGUE, CLOCK);
        AtomicInteger examples = new AtomicInteger();
        qt().withFixedSeed(SEED)
                .withExamples(400)
                .withShrinkCycles(20)
                .forAll(rules(), lists().of(customers()).ofSizeBetween(0, 25))
                .checkAssert((rule, crowd) -> {
                    WorkspaceId workspace = new WorkspaceId("pushdown-" + examples.incrementAndGet());
                    List<Customer> customers = distinct(crowd, workspace);
                    store.saveAll(customers).block();
                    CompiledRule matches = evaluator.compile(rule).get();
                    Pushdown pushdown = MongoCustomerStore.pushdown(AudienceQuery.of(rule, CATALOGUE, CLOCK));

                    List<String> selected = Flux.from(collection
                                    .find(Filters.and(Filters.eq("ws", workspace.value()), pushdown.filter()))
                                    .sort(Sorts.ascending("id")))
                            .map(document -> document.getString("id"))
                            .collectList()
                            .block();

                    assertThat(pushdown.exact()).as(rule.toString()).isTrue();
                    assertThat(selected)
                            .as(rule.toString())
                            .containsExactlyElementsOf(customers.stream()
                                    .filter(matches::matches)
                                    .map(customer -> customer.id().value())
                                    .sorted()
                                    .toList());
                });
    }

    /** Generated rules, and conditions on text whose operand is awkward text. */
    private static Gen<Rule> rules() {
        Gen<Rule> awkward = Generate.pick(List.of("name", "city", "email", "attr.plan"))
                .zip(
                        Generate.pick(List.of(
                                Operator.EQ, Operator.NE, Operator.CONTAINS, Operator.STARTS_WITH, Operator.IN)),
                        Generate.pick(AWKWARD),
                        (field, operator, text) -> operator == Operator.IN
                                ? Rule.when(
                                        field,
                                        operator,
                                        new Value.Many(List.of(Value.text(text), Value.text(text.toUpperCase()))))
                                : Rule.when(field, operator, Value.text(text)));
        return Generate.frequency(List.of(
                Pair.of(3, RuleGenerators.rules()),
                Pair.of(1, awkward),
                Pair.of(1, awkward.zip(RuleGenerators.rules(), (text, other) -> Rule.any(Rule.not(text), other)))));
    }

    /** Generated customers, some with awkward names, cities and plans. */
    private static Gen<Customer> customers() {
        return CustomerGenerators.customers()
                .zip(
                        Generate.pick(AWKWARD).toOptionals(40),
                        Generate.pick(AWKWARD).toOptionals(70),
                        (customer, text, plan) -> text.map(awkward -> awkwardly(customer, awkward, plan))
                                .orElse(customer));
    }

    private static Customer awkwardly(Customer customer, String awkward, Optional<String> plan) {
        Profile profile = customer.profile();
        Map<String, AttributeValue> attributes = new java.util.HashMap<>(profile.attributes());
        plan.ifPresent(text -> attributes.put("plan", new AttributeValue.Text(storable(text))));
        String text = storable(awkward);
        Profile changed = new Profile(
                Optional.of(text + " " + profile.name().orElse("")),
                profile.phone(),
                Optional.of(text.toLowerCase()),
                profile.tags(),
                attributes);
        return new Customer(
                customer.workspace(),
                customer.id(),
                customer.email(),
                changed,
                customer.purchases(),
                customer.createdAt(),
                customer.updatedAt());
    }

    /** A customer's text keeps no control character but tabs and line breaks; a rule's text may hold any. */
    private static String storable(String text) {
        return text.replace('\u0007', '?');
    }

    private static List<Customer> distinct(List<Customer> crowd, WorkspaceId workspace) {
        Set<String> ids = new HashSet<>();
        Set<Email> emails = new HashSet<>();
        List<Customer> customers = new ArrayList<>();
        for (Customer customer : crowd) {
            if (ids.add(customer.id().value())) {
                Email email = emails.add(customer.email())
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
        }
        return customers;
    }
}
