package io.minicrm.application.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CsvTextTest {

    private static final String ALPHABET = "a\r\n\uFEFF";

    private static Gen<String> texts() {
        return lists().of(integers().between(0, ALPHABET.length() - 1))
                .ofSizeBetween(0, 12)
                .map(picks -> picks.stream()
                        .map(pick -> String.valueOf(ALPHABET.charAt(pick)))
                        .collect(Collectors.joining()));
    }

    /** Reads everything, asking for {@code chunk} characters at a time from a source that hands out one at a time. */
    private static String read(String text, int chunk) {
        try (Reader reader = new CsvText(new StringReader(text) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 1));
            }
        })) {
            StringBuilder read = new StringBuilder();
            char[] buffer = new char[chunk];
            for (int count = reader.read(buffer); count >= 0; count = reader.read(buffer)) {
                read.append(buffer, 0, count);
            }
            return read.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void lone_carriage_returns_become_line_feeds_and_a_leading_byte_order_mark_goes() {
        assertThat(read("\uFEFFa\rb\r\nc\r", 8)).isEqualTo("a\nb\r\nc\n");
    }

    @Test
    void any_text_reads_the_same_whatever_the_chunks() {
        qt().withFixedSeed(20261124L)
                .withExamples(500)
                .forAll(texts(), integers().between(1, 5))
                .checkAssert((text, chunk) -> assertThat(read(text, chunk))
                        .as(text.replace("\r", "\\r").replace("\n", "\\n"))
                        .isEqualTo(text.replaceFirst("^\uFEFF", "").replaceAll("\r(?!\n)", "\n")));
    }
}
