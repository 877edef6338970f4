package io.minicrm.application;

import static io.minicrm.application.Shops.SHOP;
import static io.minicrm.application.Shops.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CrmExceptionTest {

    @Test
    void a_refusal_keeps_the_stack_trace_of_where_it_was_made_and_of_where_it_was_waited_for() {
        try (Crm crm = Crm.builder().build()) {
            crm.customers().create(SHOP, customer("asha@example.com")).block();

            CrmException refusal = catchThrowableOfType(
                    CrmException.class,
                    () -> crm.customers()
                            .create(SHOP, customer("asha@example.com"))
                            .block());

            assertThat(refusal.getStackTrace())
                    .isNotEmpty()
                    .anySatisfy(frame -> assertThat(frame.getClassName()).startsWith("io.minicrm.application."));
            assertThat(Arrays.stream(refusal.getSuppressed()).flatMap(waited -> Arrays.stream(waited.getStackTrace())))
                    .anySatisfy(frame -> assertThat(frame.getClassName()).isEqualTo(CrmExceptionTest.class.getName()));
        }
    }
}
