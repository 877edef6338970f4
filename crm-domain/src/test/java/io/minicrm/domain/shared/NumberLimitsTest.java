package io.minicrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NumberLimitsTest {

    private static final Currency INR = Currency.getInstance("INR");

    @Test
    void eighteen_whole_digits_and_twelve_fraction_digits_are_kept() {
        assertThat(NumberLimits.check(new BigDecimal("999999999999999999.999999999999")))
                .isEmpty();
        assertThat(NumberLimits.check(new BigDecimal("-999999999999999999"))).isEmpty();
        assertThat(NumberLimits.check(new BigDecimal("1.500000000000000000000")))
                .isEmpty();
        assertThat(NumberLimits.check(new BigDecimal("0E+1000000"))).isEmpty();
    }

    @Test
    void a_nineteenth_whole_digit_or_a_thirteenth_fraction_digit_is_refused_with_the_limit() {
        assertThat(NumberLimits.check(new BigDecimal("1000000000000000000"))).contains(NumberLimits.RULE);
        assertThat(NumberLimits.check(new BigDecimal("0.0000000000001"))).contains(NumberLimits.RULE);
        assertThat(NumberLimits.RULE)
                .isEqualTo("a number has at most 18 digits before the decimal point and 12 after it");
    }

    @Test
    @Timeout(1)
    void huge_and_tiny_exponents_are_refused_without_writing_the_number_out() {
        assertThat(NumberLimits.check(new BigDecimal("1e100000000"))).isPresent();
        assertThat(NumberLimits.check(new BigDecimal("-1e999999999"))).isPresent();
        assertThat(NumberLimits.check(new BigDecimal("1e-999999999"))).isPresent();
    }

    @Test
    @Timeout(1)
    void money_beyond_what_a_store_keeps_is_a_bug_caught_at_once() {
        assertThatThrownBy(() -> new Money(new BigDecimal("1e100000000"), INR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 34 digits");
        assertThat(new Money(new BigDecimal("10.50"), INR)
                        .plus(new Money(BigDecimal.ONE, INR))
                        .amount())
                .isEqualByComparingTo("11.5");
    }

    @Test
    void a_sum_may_outgrow_the_limit_of_one_amount() {
        Money nearTheTop = new Money(new BigDecimal("500000000000000000"), INR);
        assertThat(nearTheTop.plus(nearTheTop).amount()).isEqualByComparingTo("1000000000000000000");
    }
}
