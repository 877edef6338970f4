package io.minicrm.adapter.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.Crm;
import io.minicrm.application.CrmException;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.RuleProposal;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.RuleParser;
import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Runs the evaluation set of audience descriptions (crm-application's test resource) against the real Gemini API and
 * prints its accuracy; skipped unless a key and a model are configured. docs/ai.md gives the command.
 */
@EnabledIf("configured")
class GeminiEvaluationTest {

    private static final Path SET =
            Path.of("../crm-application/src/test/resources/assistant/audience-descriptions.tsv");

    static boolean configured() {
        return key().isPresent() && model().isPresent();
    }

    private static Optional<String> key() {
        return Optional.ofNullable(System.getenv("CRM_GEMINI_API_KEY"))
                .or(() -> Optional.ofNullable(System.getenv("GEMINI_API_KEY")))
                .filter(key -> !key.isBlank());
    }

    private static Optional<String> model() {
        return Optional.ofNullable(System.getenv("CRM_GEMINI_MODEL")).filter(model -> !model.isBlank());
    }

    @Test
    void gemini_answers_the_evaluation_set() throws IOException {
        GeminiLanguageModel gemini = new GeminiLanguageModel(new GeminiSettings(
                GeminiSettings.GOOGLE,
                key().orElseThrow(),
                model().orElseThrow(),
                Duration.ofSeconds(30),
                3,
                Duration.ofSeconds(2),
                Duration.ofSeconds(60)));
        List<String[]> cases = Files.readAllLines(SET).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .toList();
        List<String> misses = new ArrayList<>();
        for (String[] example : cases) {
            String got = answer(gemini, Currency.getInstance(example[0]), example[1]);
            String expected = example[2].equals("REFUSE")
                    ? "REFUSE"
                    : RulePrinter.print(RuleParser.parse(example[2]).get());
            if (!got.equals(expected)) {
                misses.add(example[1] + " -> " + got + " (expected " + expected + ")");
            }
        }
        int correct = cases.size() - misses.size();
        System.out.printf(
                "%s: %d of %d correct (%.1f%%)%n",
                gemini.provider(), correct, cases.size(), 100.0 * correct / cases.size());
        misses.forEach(System.out::println);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
    }

    private static String answer(GeminiLanguageModel gemini, Currency currency, String description) {
        CrmSettings settings =
                new CrmSettings(currency, FieldCatalogue.standard(), Clock.systemUTC(), IdGenerator.TIME_ORDERED);
        try (Crm crm = Crm.builder()
                .settings(settings)
                .languageModel(gemini, Long.MAX_VALUE)
                .build()) {
            return crm.assistant()
                    .proposeRule(WorkspaceId.DEFAULT, description)
                    .map(RuleProposal::text)
                    .block();
        } catch (CrmException refused) {
            return "REFUSE";
        }
    }
}
