package io.minicrm.adapter.embedded;

import static io.minicrm.domain.customer.CustomerGenerators.customers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.minicrm.application.inmemory.LazyCustomer;
import io.minicrm.domain.customer.Customer;
import org.junit.jupiter.api.Test;

class CustomerCodecTest {

    private final CustomerCodec codec = new CustomerCodec();

    @Test
    void a_stored_customer_read_by_its_keys_has_its_keys_and_creation_time_and_reads_in_full_as_it_was_written() {
        qt().withExamples(500).forAll(customers()).checkAssert(written -> {
            LazyCustomer read = codec.lazy(codec.encode(written));

            assertThat(read.workspace()).isEqualTo(written.workspace());
            assertThat(read.id()).isEqualTo(written.id());
            assertThat(read.email()).isEqualTo(written.email());
            assertThat(read.createdAt()).isEqualTo(written.createdAt());
            Customer inFull = read.read().get();
            assertThat(inFull).isEqualTo(written);
            assertThat(inFull.createdAt()).isSameAs(read.createdAt());
        });
    }
}
