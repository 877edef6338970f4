package io.minicrm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.minicrm.domain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class EmailTest {

    /** The shape an address must have, written the short way, to check the hand-written check against. */
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    @Test
    void normalises_what_a_user_typed() {
        assertThat(Email.parse("email", "  Asha.Rao@Example.COM ").get()).isEqualTo(new Email("asha.rao@example.com"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "asha",
                "@example.com",
                "asha@",
                "asha@example",
                "asha@@example.com",
                "asha@example..com",
                "asha@.example.com",
                "asha@example.com.",
                "as ha@example.com",
                "asha@exa\tmple.com"
            })
    void refuses_what_is_not_an_address(String typed) {
        assertThat(Email.parse("email", typed).getLeft())
                .isEqualTo(Problem.Invalid.of("email", "'" + typed.strip() + "' is not an e-mail address"));
    }

    @Test
    void refuses_an_empty_address_as_missing() {
        assertThat(Email.parse("email", " ").getLeft())
                .isEqualTo(Problem.Invalid.of("email", "an e-mail address is required"));
    }

    @Test
    void accepts_exactly_the_addresses_of_the_documented_shape() {
        qt().withFixedSeed(20261124L)
                .withExamples(5_000)
                .forAll(lists().of(Generate.pick(List.of("a", "b", "@", ".", " ", "\t", "\n", "é", "1")))
                        .ofSizeBetween(0, 12))
                .checkAssert(parts -> {
                    String candidate = parts.stream().collect(Collectors.joining());
                    boolean documented = !candidate.isBlank()
                            && SHAPE.matcher(candidate.strip().toLowerCase()).matches();
                    assertThat(Email.parse("email", candidate).isRight())
                            .as("'%s'", candidate)
                            .isEqualTo(documented);
                });
    }

    @Test
    void an_address_is_kept_in_unicode_normal_form_so_that_one_address_typed_two_ways_is_one_key() {
        String decomposed = "jose\u0301@example.com";
        String composed = "jos\u00e9@example.com";

        assertThat(Email.parse("email", decomposed).get())
                .isEqualTo(Email.parse("email", composed).get());
        assertThat(Email.parse("email", decomposed).get().value()).isEqualTo(composed);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nul\u0000@example.com",
                "asha@exa\u0007mple.com",
                "asha\ud800@example.com",
                "asha@example.com\udc00",
                "asha\u00a0rao@example.com",
                "asha@example\u2028.com"
            })
    void refuses_control_characters_unpaired_surrogates_and_unusual_spaces(String typed) {
        assertThat(Email.parse("email", typed).isLeft()).isTrue();
    }

    @Test
    void refuses_an_address_beyond_its_length_without_repeating_it() {
        String longAddress = "a".repeat(250) + "@example.com";

        assertThat(Email.parse("email", longAddress).getLeft())
                .isEqualTo(Problem.Invalid.of("email", "an e-mail address has at most 254 characters"));
    }
}
