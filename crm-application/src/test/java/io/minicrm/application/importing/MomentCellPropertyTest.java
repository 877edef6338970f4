package io.minicrm.application.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Date cells in the shapes read without the formatter mean exactly what the ISO formatter makes of them. */
class MomentCellPropertyTest {

    private static final long SEED = 20261124L;
    // A zone with a daylight-saving gap at midnight: some dates have no midnight there.
    private static final ZoneId ZONE = ZoneId.of("America/Santiago");

    @Test
    void dates_and_zoneless_date_times_read_as_the_iso_formatter_reads_them() {
        qt().withFixedSeed(SEED)
                .withExamples(5_000)
                .forAll(cells())
                .checkAssert(cell -> assertThat(CellParsers.moment(cell, ZONE).toJavaOptional())
                        .as(cell)
                        .isEqualTo(byFormatter(cell)));
    }

    /** Cells of every shape the quick path knows, with out-of-range fields as often as valid ones. */
    private static Gen<String> cells() {
        Gen<String> date = integers()
                .between(1995, 2035)
                .zip(
                        integers().between(0, 13),
                        integers().between(0, 32),
                        (year, month, day) -> "%04d-%02d-%02d".formatted(year, month, day));
        Gen<String> time = integers()
                .between(0, 25)
                .zip(
                        integers().between(0, 61),
                        integers().between(0, 61),
                        (hour, minute, second) -> "%02d:%02d:%02d".formatted(hour, minute, second));
        Gen<Integer> shape = integers().between(0, 3);
        return date.zip(time, shape, (day, clock, which) -> switch (which) {
            case 0 -> day;
            case 1 -> day + "T" + clock;
            case 2 -> day + " " + clock.substring(0, 5);
            default -> day + "T" + clock.substring(0, 5);
        });
    }

    private static Optional<Instant> byFormatter(String cell) {
        String iso = cell.replace(' ', 'T');
        try {
            return Optional.of(
                    iso.length() == 10
                            ? LocalDate.parse(iso).atStartOfDay(ZONE).toInstant()
                            : LocalDateTime.parse(iso).atZone(ZONE).toInstant());
        } catch (DateTimeException refused) {
            return Optional.empty();
        }
    }
}
