package io.minicrm.application.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SharedTextsTest {

    private final SharedTexts shared = new SharedTexts();

    @Test
    void equal_texts_come_back_as_the_first_instance_seen() {
        String first = new String("Pune");
        String again = new String("Pune");

        assertThat(shared.of(first)).isSameAs(first);
        assertThat(shared.of(again)).isSameAs(first);
    }

    @Test
    void past_its_bound_it_learns_no_new_text_yet_returns_each_unchanged() {
        IntStream.range(0, 10_000).forEach(i -> shared.of("city-" + i));
        String late = new String("city-9999");

        assertThat(shared.of(late)).isSameAs(late).isEqualTo("city-9999");
        assertThat(shared.of(new String("city-0"))).isEqualTo("city-0");
    }
}
