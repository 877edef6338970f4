package io.minicrm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import org.junit.jupiter.api.Test;

class ProfileLimitsTest {

    private static Problem.Invalid refusalOf(
            Optional<String> name, Set<String> tags, Map<String, AttributeValue> attributes) {
        return Profile.of(name, Optional.empty(), Optional.empty(), tags, attributes)
                .getLeft();
    }

    private static Set<String> tags(int count) {
        return IntStream.range(0, count).mapToObj(i -> "tag" + i).collect(Collectors.toSet());
    }

    @Test
    void a_profile_within_every_limit_is_kept() {
        assertThat(Profile.of(
                                Optional.of("Asha Rao"),
                                Optional.of("+91 98200 00000"),
                                Optional.of("Pune"),
                                tags(100),
                                Map.of(
                                        "plan",
                                        new AttributeValue.Text("gold\nsince 2020"),
                                        "score",
                                        new AttributeValue.Decimal(new BigDecimal("87.5"))))
                        .isRight())
                .isTrue();
    }

    @Test
    void every_field_beyond_its_limit_is_named_with_the_limit() {
        Problem.Invalid refused = Profile.of(
                        Optional.of("n".repeat(101)),
                        Optional.of("9".repeat(33)),
                        Optional.of("Pune\u0000"),
                        Set.of("t".repeat(65)),
                        Map.of())
                .getLeft();

        assertThat(refused.violations())
                .containsExactly(
                        new Violation("name", "a name has at most 100 characters"),
                        new Violation("phone", "a phone number has at most 32 characters"),
                        new Violation("city", "a city has no control characters other than tabs and line breaks"),
                        new Violation("tags", "a tag has at most 64 characters"));
    }

    @Test
    void a_customer_has_at_most_a_hundred_tags_counted_once_normalised() {
        assertThat(refusalOf(Optional.empty(), tags(101), Map.of()).violations())
                .containsExactly(new Violation("tags", "a customer has at most 100 tags"));
        assertThat(Profile.of(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                java.util.stream.Stream.concat(tags(100).stream(), Set.of("TAG1", " tag2 ").stream())
                                        .collect(Collectors.toSet()),
                                Map.of())
                        .isRight())
                .isTrue();
    }

    @Test
    void attributes_keep_to_the_limits_of_text_numbers_and_dates() {
        Map<String, AttributeValue> attributes = Map.of(
                "note", new AttributeValue.Text("x".repeat(201)),
                "score", new AttributeValue.Decimal(new BigDecimal("1e1000000")),
                "since", new AttributeValue.Moment(Instant.parse("+999999999-01-01T00:00:00Z")));

        assertThat(refusalOf(Optional.empty(), Set.of(), attributes).violations())
                .containsExactly(
                        new Violation("attributes.note", "an attribute's text has at most 200 characters"),
                        new Violation("attributes.score", NumberLimits.RULE),
                        new Violation("attributes.since", DateLimits.RULE));
    }

    @Test
    void a_customer_has_at_most_a_hundred_attributes() {
        Map<String, AttributeValue> many = IntStream.range(0, 101)
                .boxed()
                .collect(Collectors.toMap(i -> "a" + i, i -> new AttributeValue.Flag(true)));

        assertThat(refusalOf(Optional.empty(), Set.of(), many).violations())
                .containsExactly(new Violation("attributes", "a customer has at most 100 attributes"));
    }

    @Test
    void no_path_can_build_a_profile_beyond_its_limits() {
        assertThatThrownBy(() ->
                        new Profile(Optional.of("A\ud800"), Optional.empty(), Optional.empty(), Set.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name: a name is not valid Unicode: it holds an unpaired surrogate");
        assertThatThrownBy(() -> new Profile(Optional.empty(), Optional.empty(), Optional.empty(), tags(101), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
