package io.minicrm.application.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Optional;
import java.util.stream.Collectors;

import io.minicrm.application.port.shared.ImportJob;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class QuotedValuesPropertyTest {

    private static final long SEED = 20261124L;
    private static final String ALPHABET = "ab Z,\"\n\r;|é\t";

    /** Text made mostly of the characters CSV has to quote. */
    private static Gen<String> awkwardTexts() {
        return lists().of(integers().between(0, ALPHABET.length() - 1))
                .ofSizeBetween(0, 20)
                .map(picks -> picks.stream()
                        .map(pick -> String.valueOf(ALPHABET.charAt(pick)))
                        .collect(Collectors.joining()));
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    @Test
    void any_quoted_name_and_city_arrive_as_written_but_stripped_and_with_lone_carriage_returns_as_line_feeds() {
        qt().withFixedSeed(SEED)
                .withExamples(300)
                .forAll(awkwardTexts(), awkwardTexts())
                .checkAssert((name, city) -> {
                    ImportFixture shop = new ImportFixture();

                    ImportJob job = shop.importCustomers(
                            "name,email,city\n" + quoted(name) + ",ada@example.com," + quoted(city) + "\n");

                    assertThat(job.report().created()).as("%s / %s", name, city).isEqualTo(1);
                    assertThat(shop.customer("ada@example.com").profile().name())
                            .isEqualTo(stripped(name));
                    assertThat(shop.customer("ada@example.com").profile().city())
                            .isEqualTo(stripped(city));
                });
    }

    private static Optional<String> stripped(String text) {
        return Optional.of(text.replaceAll("\r(?!\n)", "\n").strip()).filter(value -> !value.isEmpty());
    }
}
