package io.minicrm.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

/** An audience of customers adding up to more than the driver accepts in one reply (48 MB) still streams whole. */
class LargeAudienceTest {

    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    private static final int CUSTOMERS = 4_000;

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Test
    void an_audience_of_more_than_one_replys_worth_streams_whole() {
        CustomerStore store = storage.open().customers();
        // 75 attributes of 200 characters: some 15 kB a customer, within what a customer's text may make it.
        Map<String, AttributeValue> notes = IntStream.range(0, 75)
                .boxed()
                .collect(Collectors.toMap(i -> "note" + i, i -> new AttributeValue.Text("x".repeat(200))));
        Flux.range(0, CUSTOMERS)
                .map(n -> Customer.register(
                        SHOP,
                        new CustomerId(id(n)),
                        new Email("c" + n + "@example.com"),
                        new Profile(Optional.of("Customer"), Optional.empty(), Optional.empty(), Set.of(), notes),
                        Currency.getInstance("INR"),
                        NOW))
                .buffer(250)
                .concatMap(store::saveAll)
                .blockLast();
        AudienceQuery everyone = new AudienceQuery(Rule.all(), FieldCatalogue.standard(), NOW, ZoneOffset.UTC);

        List<String> ids = store.audience(SHOP, everyone)
                .map(customer -> customer.id().value())
                .collectList()
                .block();

        assertThat(ids)
                .containsExactlyElementsOf(IntStream.range(0, CUSTOMERS)
                        .mapToObj(LargeAudienceTest::id)
                        .toList());
        assertThat(store.countAudience(SHOP, everyone).block()).isEqualTo(CUSTOMERS);
    }

    private static String id(int n) {
        return String.format("c-%05d", n);
    }
}
