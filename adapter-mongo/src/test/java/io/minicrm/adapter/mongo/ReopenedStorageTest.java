package io.minicrm.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.order.OrderItem;
import io.minicrm.domain.segment.Operator;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleGenerators;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.segment.Value;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

/** What the stores wrote is there, unchanged, when the storage is closed and opened again on the same database. */
class ReopenedStorageTest {

    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00.123456789Z");

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Test
    void everything_written_is_found_after_reopening_and_no_index_is_added_twice() {
        MongoStorage first = storage.open();
        MongoSettings settings = storage.settingsOf(first);
        Customer asha = Customer.register(
                SHOP,
                new CustomerId("c-1"),
                new Email("asha@example.com"),
                new Profile(
                        Optional.of("Asha Rao"),
                        Optional.of("+91 98200 00000"),
                        Optional.of("Pune"),
                        Set.of("vip"),
                        Map.of(
                                "plan",
                                new AttributeValue.Text("gold"),
                                "renewal_at",
                                new AttributeValue.Moment(NOW.plusSeconds(86_400)))),
                Money.of("0", "INR").currency(),
                NOW);
        Order order = new Order(
                SHOP,
                new OrderId("o-1"),
                Optional.of("SHOP-1"),
                asha.id(),
                Money.of("150.25", "INR"),
                List.of(new OrderItem("Tea", 3, Money.of("50.0833", "INR"))),
                NOW);
        Segment segment = new Segment(
                SHOP,
                new SegmentId("s-1"),
                "Big spenders",
                "over 100",
                Rule.all(
                        Rule.when("total_spend", Operator.GT, Value.number(100)),
                        Rule.when(
                                "attr.plan",
                                Operator.IN,
                                new Value.Many(List.of(Value.text("gold"), Value.text("say \"hi\""))))),
                "me",
                NOW,
                NOW);
        Campaign campaign = Campaign.draft(
                        SHOP,
                        new CampaignId("k-1"),
                        new NewCampaign(
                                "Thanks",
                                segment.id(),
                                Channel.EMAIL,
                                Optional.of("For you, {{first_name|friend}}"),
                                "Plan {{attr.plan|none}}: {{discount}}% off",
                                Map.of("discount", "10")),
                        RuleGenerators.CATALOGUE,
                        "me",
                        NOW)
                .get()
                .queue(segment.rule(), NOW)
                .get();
        Delivery delivery = Delivery.pending(
                SHOP,
                campaign.id(),
                asha.id(),
                "asha@example.com",
                new RenderedMessage(Optional.of("For you, Asha"), "Plan gold: 10% off"),
                NOW);
        ImportJob job = ImportJob.started(new ImportJobId("job-1"), SHOP, ImportKind.CUSTOMERS, NOW);

        first.customers().insert(asha).block();
        Customer counted = first.customers().applyOrder(order, NOW).block();
        first.orders().insert(order).block();
        first.segments().save(segment).block();
        first.campaigns().insert(campaign).block();
        Campaign withCounters = first.campaigns()
                .count(SHOP, campaign.id(), CounterChange.audienceAdded(1))
                .block();
        first.deliveries().insertNew(List.of(delivery)).blockLast();
        first.importJobs().save(job).block();
        Map<String, List<Document>> indexes = indexes(first);
        first.close();

        MongoStorage reopened = storage.open(settings);

        assertThat(reopened.customers().findById(SHOP, asha.id()).block()).isEqualTo(counted);
        assertThat(reopened.orders().findByExternalRef(SHOP, "SHOP-1").block()).isEqualTo(order);
        assertThat(reopened.segments().findById(SHOP, segment.id()).block()).isEqualTo(segment);
        assertThat(reopened.campaigns().findById(SHOP, campaign.id()).block()).isEqualTo(withCounters);
        assertThat(reopened.deliveries().findById(delivery.id()).block()).isEqualTo(delivery);
        assertThat(reopened.importJobs().findById(SHOP, job.id()).block()).isEqualTo(job);
        assertThat(indexes(reopened)).isEqualTo(indexes);
    }

    private static Map<String, List<Document>> indexes(MongoStorage storage) {
        return Flux.fromIterable(List.of("customers", "orders", "segments", "campaigns", "deliveries", "importJobs"))
                .flatMap(
                        name -> Flux.from(storage.database().getCollection(name).listIndexes())
                                .collectList()
                                .map(found -> Map.entry(name, found)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .block();
    }
}
