package io.minicrm.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.mongodb.client.model.Sorts;
import io.minicrm.application.Crm;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

/** The same import, the same dispatch and the same receipts, each done twice, leave the stored data as once did. */
class RepeatedWritesTest {

    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Test
    void importing_the_same_file_twice_leaves_the_customers_as_the_first_import_did() {
        MongoStorage mongo = storage.open();
        String csv = "email,name,city,tags,total_spend\n"
                + String.join(
                        "",
                        IntStream.range(0, 2_500)
                                .mapToObj(n -> "c" + n + "@example.com,Customer " + n + ",Pune,vip;new," + n + ".5\n")
                                .toList());
        CrmSettings settings = new CrmSettings(
                Currency.getInstance("INR"),
                FieldCatalogue.standard(),
                Clock.fixed(NOW, ZoneOffset.UTC),
                IdGenerator.TIME_ORDERED);
        try (Crm crm = Crm.builder()
                .settings(settings)
                .customerStore(mongo.customers())
                .orderStore(mongo.orders())
                .importJobStore(mongo.importJobs())
                .build()) {
            crm.imports().run(ImportKind.CUSTOMERS, SHOP, stream(csv)).blockLast();
            List<Document> once = contents(mongo, "customers");

            var second =
                    crm.imports().run(ImportKind.CUSTOMERS, SHOP, stream(csv)).blockLast();

            assertThat(second.report().skipped()).isEqualTo(2_500);
            assertThat(contents(mongo, "customers")).hasSize(2_500).isEqualTo(once);
        }
    }

    @Test
    void dispatching_and_applying_the_same_receipts_twice_change_nothing_the_first_time_did_not() {
        MongoStorage mongo = storage.open();
        DeliveryStore deliveries = mongo.deliveries();
        CampaignId campaign = new CampaignId("k-1");
        List<Delivery> batch = IntStream.range(0, 1_000)
                .mapToObj(n -> Delivery.pending(
                        SHOP,
                        campaign,
                        new CustomerId("c-" + n),
                        "c" + n + "@example.com",
                        new RenderedMessage(Optional.empty(), "Hi"),
                        NOW))
                .toList();
        List<Receipt> receipts = batch.stream()
                .map(delivery -> new Receipt(
                        delivery.id(),
                        delivery.customer().value().endsWith("7") ? DeliveryStatus.FAILED : DeliveryStatus.SENT,
                        Optional.of("v-" + delivery.customer()),
                        Optional.of("bounced"),
                        NOW))
                .toList();

        assertThat(deliveries.insertNew(batch).count().block()).isEqualTo(1_000);
        List<Document> dispatched = contents(mongo, "deliveries");
        assertThat(deliveries.insertNew(batch).count().block()).isZero();
        assertThat(contents(mongo, "deliveries")).isEqualTo(dispatched);

        assertThat(deliveries
                        .applyReceipts(receipts, NOW.plusSeconds(5))
                        .count()
                        .block())
                .isEqualTo(1_000);
        List<Document> received = contents(mongo, "deliveries");
        assertThat(deliveries
                        .applyReceipts(receipts, NOW.plusSeconds(9))
                        .count()
                        .block())
                .isZero();
        assertThat(contents(mongo, "deliveries")).isEqualTo(received);
        assertThat(deliveries.countByStatus(SHOP).block())
                .containsEntry(DeliveryStatus.SENT, 900L)
                .containsEntry(DeliveryStatus.FAILED, 100L);
    }

    private static List<Document> contents(MongoStorage mongo, String collection) {
        return Flux.from(mongo.database().getCollection(collection).find().sort(Sorts.ascending("_id")))
                .collectList()
                .block();
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
