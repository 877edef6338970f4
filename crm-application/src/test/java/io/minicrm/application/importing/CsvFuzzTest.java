package io.minicrm.application.importing;

import static io.minicrm.application.importing.ImportFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.customer.Customer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Files made to break the importer: cells past the limit, headers wider than it, bytes that are no UTF-8, quotes that
 * open and never close or close too soon, control characters. Whatever the file, the import ends with a report whose
 * every rejection and refusal names its line (and its column, where one cell is at fault), never with an exception;
 * a refused file leaves nothing stored, and nothing stored holds a control character.
 */
class CsvFuzzTest {

    private static final long SEED = 20260315L;
    private static final List<String> PIECES = List.of(
            "Ada",
            "Lovelace",
            " ",
            "é",
            "😀",
            "\"",
            "\"\"",
            ",",
            "\n",
            "\r\n",
            "\r",
            "\t",
            "\u0000",
            "\u001B",
            "\u0085",
            "\uFEFF",
            "x".repeat(4_000),
            "y".repeat(10_001));
    private static final List<byte[]> BAD_BYTES = List.of(
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xE9, ' '},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xC3});
    private static final List<String> LINE_ENDS = List.of("\n", "\r\n", "\r");

    /** A file made from a recipe of numbers, each decision taking the next one, so that a failing file shrinks. */
    private static Gen<byte[]> files() {
        return lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40).map(CsvFuzzTest::cook);
    }

    private static byte[] cook(List<Integer> recipe) {
        Recipe next = new Recipe(recipe);
        String lineEnd = LINE_ENDS.get(next.below(LINE_ENDS.size()));
        StringBuilder csv = new StringBuilder("email,name,city")
                .append(next.below(8) == 0 ? ",c".repeat(600) : "")
                .append(lineEnd);
        int rows = next.below(6);
        for (int row = 0; row < rows; row++) {
            String email = next.below(4) == 0 ? cell(next) : "r" + row + "@example.com";
            csv.append(String.join(",", email, cell(next), cell(next))).append(lineEnd);
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        if (next.below(4) != 0) {
            return text;
        }
        int at = next.below(text.length + 1);
        ByteArrayOutputStream corrupted = new ByteArrayOutputStream();
        corrupted.write(text, 0, at);
        corrupted.writeBytes(BAD_BYTES.get(next.below(BAD_BYTES.size())));
        corrupted.write(text, at, text.length - at);
        return corrupted.toByteArray();
    }

    /** Up to three pieces, written plain, quoted as CSV quotes, or between quotes left as they are. */
    private static String cell(Recipe next) {
        StringBuilder text = new StringBuilder();
        int pieces = next.below(4);
        for (int piece = 0; piece < pieces; piece++) {
            text.append(PIECES.get(next.below(PIECES.size())));
        }
        return switch (next.below(3)) {
            case 0 -> text.toString();
            case 1 -> '"' + text.toString().replace("\"", "\"\"") + '"';
            default -> '"' + text.toString() + '"';
        };
    }

    @Test
    void whatever_the_file_the_import_ends_in_a_report_that_names_lines_and_a_refused_file_stores_nothing() {
        qt().withFixedSeed(SEED).withExamples(400).forAll(files()).checkAssert(file -> {
            ImportFixture shop = new ImportFixture();

            ImportJob job = shop.receive(ImportKind.CUSTOMERS, file, StandardCharsets.UTF_8);

            String seen = "seed " + SEED + ", file " + HexFormat.of().formatHex(file, 0, Math.min(file.length, 400));
            assertThat(job.status()).as(seen).isIn(ImportStatus.COMPLETED, ImportStatus.FAILED);
            if (job.status() == ImportStatus.FAILED) {
                assertThat(job.failure()).as(seen).hasValueSatisfying(failure -> {
                    assertThat(failure.line()).as(seen + "; " + failure).isPresent();
                    boolean aboutOneCell = !failure.reason().equals(CsvLimits.COLUMNS_RULE)
                            && !failure.reason().equals(CsvLimits.LINE_RULE);
                    assertThat(failure.column().isPresent())
                            .as(seen + "; " + failure)
                            .isEqualTo(aboutOneCell);
                });
                assertThat(shop.customerCount(SHOP)).as(seen).isZero();
            } else {
                assertThat(job.report().rejections())
                        .as(seen)
                        .allSatisfy(rejection -> assertThat(rejection.column().isPresent()
                                        || rejection.reason().startsWith("the row has "))
                                .as(seen + "; " + rejection)
                                .isTrue());
                assertThat(stored(shop))
                        .as(seen)
                        .flatMap(CsvFuzzTest::texts)
                        .allSatisfy(text ->
                                assertThat(UnprintableText.in(text)).as(seen).isEmpty());
            }
        });
    }

    private static List<Customer> stored(ImportFixture shop) {
        return shop.customers
                .list(
                        SHOP,
                        new CustomerListing(
                                Optional.empty(),
                                CustomerListing.Sort.EMAIL,
                                false,
                                new PageRequest(0, PageRequest.MAX_SIZE)))
                .block()
                .items();
    }

    private static List<String> texts(Customer customer) {
        return Stream.of(
                        Optional.of(customer.email().value()),
                        customer.profile().name(),
                        customer.profile().city())
                .flatMap(Optional::stream)
                .toList();
    }

    /** The numbers of a recipe, taken in turn and round again. */
    private static final class Recipe {
        private final List<Integer> numbers;
        private int taken;

        Recipe(List<Integer> numbers) {
            this.numbers = numbers;
        }

        int below(int bound) {
            return numbers.get(taken++ % numbers.size()) % bound;
        }
    }
}
