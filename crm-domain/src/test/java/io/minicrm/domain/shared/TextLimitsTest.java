package io.minicrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TextLimitsTest {

    @Test
    void text_up_to_its_limit_is_kept_and_one_character_more_is_refused_in_words_that_name_the_limit() {
        assertThat(TextLimits.CUSTOMER_NAME.check("a".repeat(100))).isEmpty();
        assertThat(TextLimits.CUSTOMER_NAME.check("a".repeat(101))).contains("a name has at most 100 characters");
        assertThat(TextLimits.TAG.check("t".repeat(65))).contains("a tag has at most 64 characters");
    }

    @Test
    void a_character_beyond_the_basic_plane_counts_once() {
        String smiles = "😀".repeat(64);

        assertThat(smiles).hasSize(128);
        assertThat(TextLimits.TAG.check(smiles)).isEmpty();
        assertThat(TextLimits.length(smiles)).isEqualTo(64);
    }

    @Test
    void one_line_text_refuses_control_characters_and_line_breaks() {
        for (String hostile :
                new String[] {"nul\u0000", "bell\u0007", "two\nlines", "tab\t", "del\u007f", "c1\u0085", "ls\u2028"}) {
            assertThat(TextLimits.PHONE.check(hostile))
                    .as(hostile)
                    .contains("a phone number has no line breaks or control characters");
        }
    }

    @Test
    void multi_line_text_keeps_tabs_and_line_breaks_but_no_other_control_character() {
        assertThat(TextLimits.SEGMENT_DESCRIPTION.check("first\tline\r\nsecond line"))
                .isEmpty();
        assertThat(TextLimits.SEGMENT_DESCRIPTION.check("nul\u0000"))
                .contains("a segment's description has no control characters other than tabs and line breaks");
    }

    @Test
    void half_a_surrogate_pair_is_refused_wherever_it_stands() {
        String rule = "a name is not valid Unicode: it holds an unpaired surrogate";

        assertThat(TextLimits.CUSTOMER_NAME.check("A\ud800")).contains(rule);
        assertThat(TextLimits.CUSTOMER_NAME.check("\udc00A")).contains(rule);
        assertThat(TextLimits.CUSTOMER_NAME.check("\ud800\ud800\udc00")).contains(rule);
        assertThat(TextLimits.RULE_TEXT.check("\ud800"))
                .contains("text in a rule is not valid Unicode: it holds an unpaired surrogate");
    }

    @Test
    void text_in_a_rule_only_compares_so_it_may_hold_control_characters() {
        assertThat(TextLimits.RULE_TEXT.check("bell\u0007 and\nnewline")).isEmpty();
        assertThat(TextLimits.RULE_TEXT.check("x".repeat(1_001)))
                .contains("text in a rule has at most 1000 characters");
    }

    @Test
    @Timeout(1)
    void a_text_of_many_megabytes_is_refused_after_reading_its_limit() {
        String huge = "x".repeat(50_000_000);

        for (int i = 0; i < 1_000; i++) {
            assertThat(TextLimits.PHONE.check(huge)).contains("a phone number has at most 32 characters");
        }
    }
}
