package io.minicrm.application.port.shared;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.math.BigDecimal;
import java.util.Optional;

import io.minicrm.application.port.shared.CustomerListing.After;
import io.minicrm.application.port.shared.CustomerListing.Sort;
import io.minicrm.domain.customer.CustomerId;
import org.junit.jupiter.api.Test;

class CustomerListingTest {

    private static final CustomerId ID = new CustomerId("c-1");

    @Test
    void a_cursor_holds_a_value_of_the_sorted_field_or_none_for_a_field_that_may_be_absent() {
        assertThatNoException().isThrownBy(() -> after(Sort.TOTAL_SPEND, Optional.of(new BigDecimal("12.50"))));
        assertThatNoException().isThrownBy(() -> after(Sort.LAST_ORDER_AT, Optional.empty()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> after(Sort.TOTAL_SPEND, Optional.of("12.50")))
                .withMessageContaining("TOTAL_SPEND");
        assertThatIllegalArgumentException().isThrownBy(() -> after(Sort.CREATED_AT, Optional.empty()));
    }

    @Test
    void a_listing_after_a_cursor_asks_for_no_page_number() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CustomerListing(
                        Optional.empty(),
                        Sort.EMAIL,
                        false,
                        new PageRequest(2, 20),
                        Optional.of(new After(Optional.of("asha@example.com"), ID))))
                .withMessageContaining("page must be 0");
    }

    private static CustomerListing after(Sort sort, Optional<Object> value) {
        return new CustomerListing(Optional.empty(), sort, false, PageRequest.FIRST, Optional.of(new After(value, ID)));
    }
}
