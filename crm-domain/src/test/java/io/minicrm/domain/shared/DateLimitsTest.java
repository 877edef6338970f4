package io.minicrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateLimitsTest {

    @Test
    void dates_from_the_first_moment_of_1900_to_the_last_of_2999_are_kept() {
        assertThat(DateLimits.check(Instant.parse("1900-01-01T00:00:00Z"))).isEmpty();
        assertThat(DateLimits.check(Instant.parse("2999-12-31T23:59:59.999999999Z")))
                .isEmpty();
        assertThat(DateLimits.check(LocalDate.of(1900, 1, 1))).isEmpty();
        assertThat(DateLimits.check(LocalDate.of(2999, 12, 31))).isEmpty();
    }

    @Test
    void dates_outside_those_years_are_refused_in_the_same_words() {
        assertThat(DateLimits.check(Instant.parse("1899-12-31T23:59:59Z")))
                .contains("a date lies in the years 1900 to 2999");
        assertThat(DateLimits.check(Instant.parse("3000-01-01T00:00:00Z"))).contains(DateLimits.RULE);
        assertThat(DateLimits.check(Instant.parse("9999-12-31T00:00:00Z"))).contains(DateLimits.RULE);
        assertThat(DateLimits.check(Instant.MIN)).contains(DateLimits.RULE);
        assertThat(DateLimits.check(Instant.MAX)).contains(DateLimits.RULE);
        assertThat(DateLimits.check(LocalDate.MIN)).contains(DateLimits.RULE);
        assertThat(DateLimits.check(LocalDate.of(-999_999_999, 1, 1))).contains(DateLimits.RULE);
    }
}
