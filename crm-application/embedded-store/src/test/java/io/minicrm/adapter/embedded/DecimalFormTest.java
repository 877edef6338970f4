package io.minicrm.adapter.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

class DecimalFormTest {

    @Test
    void an_amount_reads_back_with_its_digits_sign_and_scale_whether_or_not_it_fits_a_long() {
        BigInteger beyondLong = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
        List<BigDecimal> amounts = List.of(
                BigDecimal.ZERO,
                new BigDecimal("10.50"),
                new BigDecimal("-0.001"),
                new BigDecimal("127"),
                new BigDecimal("128"),
                new BigDecimal("-128"),
                new BigDecimal("-129"),
                new BigDecimal("65535.5"),
                BigDecimal.valueOf(Long.MAX_VALUE, 2),
                BigDecimal.valueOf(Long.MIN_VALUE, 2),
                new BigDecimal(beyondLong, 2),
                new BigDecimal(beyondLong.negate().subtract(BigInteger.ONE), 3),
                new BigDecimal("123456789012345678901234567890.123456789"));
        Output output = new Output();
        amounts.forEach(output::decimal);

        Input input = new Input(output.bytes());

        assertThat(amounts.stream().map(amount -> input.decimal()).toList()).isEqualTo(amounts);
    }
}
