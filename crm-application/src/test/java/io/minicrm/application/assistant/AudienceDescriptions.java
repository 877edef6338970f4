package io.minicrm.application.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** The committed evaluation set of audience descriptions, each with the rule expected or {@code REFUSE}. */
record AudienceDescriptions(List<Case> cases) {

    static final String REFUSE = "REFUSE";

    record Case(Currency currency, String description, String expected) {
        boolean refusal() {
            return expected.equals(REFUSE);
        }
    }

    static AudienceDescriptions load() {
        try (InputStream in = Objects.requireNonNull(
                AudienceDescriptions.class.getResourceAsStream("/assistant/audience-descriptions.tsv"))) {
            return new AudienceDescriptions(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(cells -> new Case(Currency.getInstance(cells[0]), cells[1], cells[2]))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
