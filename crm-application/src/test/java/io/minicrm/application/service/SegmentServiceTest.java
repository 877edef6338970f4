package io.minicrm.application.service;

import static io.minicrm.application.service.Engine.A;
import static io.minicrm.application.service.Engine.B;
import static io.minicrm.application.service.Engine.NOW;
import static io.minicrm.application.service.Engine.refusal;
import static io.minicrm.application.service.Engine.segment;
import static io.minicrm.domain.segment.Operator.EQ;
import static io.minicrm.domain.segment.Operator.GE;
import static io.minicrm.domain.segment.Operator.GT;
import static io.minicrm.domain.segment.Rule.all;
import static io.minicrm.domain.segment.Rule.any;
import static io.minicrm.domain.segment.Rule.when;
import static io.minicrm.domain.segment.Value.number;
import static io.minicrm.domain.segment.Value.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import io.minicrm.application.port.in.AudiencePreview;
import io.minicrm.application.port.in.AudiencePreview.Explanation;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentCreated;
import io.minicrm.domain.segment.SegmentDeleted;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.segment.SegmentUpdated;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class SegmentServiceTest {

    /** None of the customers these tests register has a phone number, so an SMS would skip the whole audience. */
    private static final Map<Channel, Long> NO_PHONES = Map.of(Channel.EMAIL, 0L, Channel.SMS, 2L);

    private static final String RULE = "total_spend > 100 and (city = \"Pune\" or order_count >= 2)";
    private static final Rule TREE = all(
            when("total_spend", GT, number(100)),
            any(when("city", EQ, text("Pune")), when("order_count", GE, number(2))));
    private static final Explanation EXPLAINED = new Explanation(
            "",
            RULE,
            2,
            List.of(3L, 2L),
            List.of(
                    new Explanation("all[0]", "total_spend > 100", 3, List.of(), List.of()),
                    new Explanation(
                            "all[1]",
                            "city = \"Pune\" or order_count >= 2",
                            5,
                            List.of(),
                            List.of(
                                    new Explanation("all[1].any[0]", "city = \"Pune\"", 3, List.of(), List.of()),
                                    new Explanation("all[1].any[1]", "order_count >= 2", 2, List.of(), List.of())))));

    private final Engine engine = new Engine();

    @Test
    void defines_a_segment_from_the_text_of_its_rule() {
        Segment segment = engine.segments
                .define(A, new SegmentDraft("  Pune regulars ", "bought twice", new RuleSource.Text(RULE), "mira"))
                .block();

        assertThat(segment)
                .isEqualTo(new Segment(
                        A, new SegmentId("id-001"), "Pune regulars", "bought twice", TREE, "mira", NOW, NOW));
        assertThat(engine.segments.get(A, segment.id()).block()).isEqualTo(segment);
        assertThat(engine.events).containsExactly(new SegmentCreated(segment, NOW));
    }

    @Test
    void defines_a_segment_from_the_tree_of_its_rule() {
        Segment segment = engine.segments
                .define(A, new SegmentDraft("Pune regulars", "", new RuleSource.Tree(TREE), "mira"))
                .block();

        assertThat(engine.segments.get(A, segment.id()).block().rule()).isEqualTo(TREE);
    }

    @Test
    void a_syntax_error_says_where_and_what_was_expected() {
        assertThat(refusal(engine.segments.define(A, segment("Big spenders", "total_spend > )"))))
                .isEqualTo(Problem.Invalid.of("rule", "line 1, column 15: expected a value but found ')'"));
        assertThat(refusal(engine.segments.validate(
                        A, new RuleSource.Text("total_spend > 5000\nand (order_count < 3 or city = \"Pune)"))))
                .isEqualTo(
                        Problem.Invalid.of(
                                "rule",
                                "line 2, column 38: expected '\"' to close the string opened at line 2, column 32 but found end of input"));
    }

    @Test
    void an_ill_typed_rule_is_refused_naming_every_offending_node() {
        Problem refused = refusal(
                engine.segments.define(A, segment("Odd", "total_spend > \"lots\" or (city = \"Pune\" and nope = 1)")));

        assertThat(refused)
                .isEqualTo(new Problem.Invalid(List.of(
                        new Violation(
                                "any[0]", "total_spend is compared with an amount of money, not the text \"lots\""),
                        new Violation("any[1].all[1]", "unknown field 'nope'"))));
        assertThat(engine.segments.list(A, PageRequest.FIRST).block().total()).isZero();
    }

    @Test
    void validate_gives_the_checked_rule() {
        assertThat(engine.segments.validate(A, new RuleSource.Text(RULE)).block())
                .isEqualTo(TREE);
        assertThat(refusal(engine.segments.validate(A, new RuleSource.Tree(when("city", GT, number(3))))))
                .isInstanceOfSatisfying(
                        Problem.Invalid.class,
                        invalid -> assertThat(invalid.violations())
                                .extracting(Violation::path)
                                .containsExactly(""));
    }

    @Test
    void a_segment_needs_a_name() {
        assertThat(refusal(engine.segments.define(A, segment(" ", RULE))))
                .isEqualTo(Problem.Invalid.of("name", "a segment needs a name"));
    }

    @Test
    void update_redefines_the_segment_and_keeps_who_made_it_and_when() {
        Segment defined = engine.defined(A, RULE);
        engine.clock.advance(Duration.ofHours(2));

        Segment updated = engine.segments
                .update(
                        A,
                        defined.id(),
                        new SegmentDraft("Pune", "lives there", new RuleSource.Text("city = \"Pune\""), "someone else"))
                .block();

        assertThat(updated)
                .isEqualTo(new Segment(
                        A,
                        defined.id(),
                        "Pune",
                        "lives there",
                        when("city", EQ, text("Pune")),
                        "mira",
                        NOW,
                        NOW.plus(Duration.ofHours(2))));
        assertThat(engine.segments.get(A, defined.id()).block()).isEqualTo(updated);
        assertThat(engine.events)
                .containsExactly(
                        new SegmentCreated(defined, NOW), new SegmentUpdated(updated, NOW.plus(Duration.ofHours(2))));
    }

    @Test
    void update_refuses_an_unknown_segment_and_an_ill_typed_rule() {
        Segment defined = engine.defined(A, RULE);

        assertThat(refusal(engine.segments.update(A, new SegmentId("nope"), segment("Pune", RULE))))
                .isEqualTo(new Problem.NotFound("segment", "nope"));
        assertThat(refusal(engine.segments.update(B, defined.id(), segment("Pune", RULE))))
                .isEqualTo(new Problem.NotFound("segment", "id-001"));
        assertThat(refusal(engine.segments.update(A, defined.id(), segment("Pune", "nope = 1"))))
                .isEqualTo(Problem.Invalid.of("", "unknown field 'nope'"));
        assertThat(engine.segments.get(A, defined.id()).block()).isEqualTo(defined);
        assertThat(engine.events).containsExactly(new SegmentCreated(defined, NOW));
    }

    @Test
    void deletes_a_segment() {
        Segment defined = engine.defined(A, RULE);

        assertThat(refusal(engine.segments.delete(B, defined.id())))
                .isEqualTo(new Problem.NotFound("segment", "id-001"));
        StepVerifier.create(engine.segments.delete(A, defined.id())).verifyComplete();
        StepVerifier.create(engine.segments.get(A, defined.id())).verifyComplete();
        assertThat(refusal(engine.segments.delete(A, defined.id())))
                .isEqualTo(new Problem.NotFound("segment", "id-001"));
        assertThat(engine.events)
                .containsExactly(new SegmentCreated(defined, NOW), new SegmentDeleted(A, defined.id(), NOW));
    }

    @Test
    void lists_segments_newest_first() {
        Segment first = engine.defined(A, "city = \"Pune\"");
        engine.clock.advance(Duration.ofMinutes(1));
        Segment second = engine.defined(A, "city = \"Delhi\"");
        engine.clock.advance(Duration.ofMinutes(1));
        Segment third = engine.defined(A, "city = \"Goa\"");
        engine.defined(B, "city = \"Goa\"");

        assertThat(engine.segments.list(A, new PageRequest(0, 2)).block().items())
                .containsExactly(third, second);
        assertThat(engine.segments.list(A, new PageRequest(1, 2)).block().items())
                .containsExactly(first);
        assertThat(engine.segments.list(A, new PageRequest(1, 2)).block().total())
                .isEqualTo(3);
    }

    @Test
    void a_preview_counts_the_audience_and_what_each_node_of_the_rule_matches() {
        List<Customer> matching = sixCustomers();

        AudiencePreview preview =
                engine.segments.preview(A, new RuleSource.Text(RULE), 1).block();

        assertThat(preview)
                .isEqualTo(new AudiencePreview(TREE, RULE, 2, List.of(matching.getFirst()), EXPLAINED, NO_PHONES));
    }

    @Test
    void a_preview_of_a_saved_segment_uses_its_rule() {
        List<Customer> matching = sixCustomers();
        Segment saved = engine.segments
                .define(A, new SegmentDraft("Pune regulars", "", new RuleSource.Tree(TREE), "mira"))
                .block();

        assertThat(engine.segments.preview(A, saved.id(), 10).block())
                .isEqualTo(new AudiencePreview(TREE, RULE, 2, matching, EXPLAINED, NO_PHONES));
        assertThat(refusal(engine.segments.preview(B, saved.id(), 10)))
                .isEqualTo(new Problem.NotFound("segment", saved.id().value()));
    }

    @Test
    void a_preview_shows_at_most_a_hundred_customers() {
        IntStream.rangeClosed(1, 101)
                .forEach(n -> engine.customer(A, "c" + n + "@example.com", Optional.empty(), Optional.empty()));

        AudiencePreview everyone =
                engine.segments.preview(A, new RuleSource.Text("all()"), 1_000).block();

        assertThat(everyone.size()).isEqualTo(101);
        assertThat(everyone.skippedBy()).containsEntry(Channel.SMS, 101L).containsEntry(Channel.EMAIL, 0L);
        assertThat(everyone.sample()).hasSize(100);
        assertThat(everyone.sample().getLast().id().value()).isEqualTo("id-100");
        assertThat(engine.segments
                        .preview(A, new RuleSource.Text("all()"), -1)
                        .block()
                        .sample())
                .isEmpty();
    }

    @Test
    void a_preview_refuses_a_rule_it_cannot_read() {
        assertThat(refusal(engine.segments.preview(A, new RuleSource.Text("city ="), 5)))
                .isEqualTo(Problem.Invalid.of("rule", "line 1, column 7: expected a value but found end of input"));
    }

    /**
     * Six customers of workspace a, of whom the first two match {@link #RULE}, and one of workspace b who would.
     * Returns the two that match, in id order.
     */
    private List<Customer> sixCustomers() {
        Customer pune500 = engine.customer(A, "a@example.com", Optional.of("A"), Optional.of("Pune"));
        Customer mumbaiTwice = engine.customer(A, "b@example.com", Optional.of("B"), Optional.of("Mumbai"));
        Customer pune50 = engine.customer(A, "c@example.com", Optional.of("C"), Optional.of("Pune"));
        Customer delhi1000 = engine.customer(A, "d@example.com", Optional.of("D"), Optional.of("Delhi"));
        engine.customer(A, "e@example.com", Optional.of("E"), Optional.of("pune"));
        Customer nowhereThrice = engine.customer(A, "f@example.com", Optional.of("F"), Optional.empty());
        Customer elsewhere = engine.customer(B, "a@example.com", Optional.of("A"), Optional.of("Pune"));
        engine.ordered(pune500, "500", NOW);
        engine.ordered(mumbaiTwice, "100", NOW);
        engine.ordered(mumbaiTwice, "150", NOW);
        engine.ordered(pune50, "50", NOW);
        engine.ordered(delhi1000, "1000", NOW);
        IntStream.range(0, 3).forEach(n -> engine.ordered(nowhereThrice, "10", NOW));
        engine.ordered(elsewhere, "500", NOW);
        return List.of(
                engine.customers.get(A, pune500.id()).block(),
                engine.customers.get(A, mumbaiTwice.id()).block());
    }
}
