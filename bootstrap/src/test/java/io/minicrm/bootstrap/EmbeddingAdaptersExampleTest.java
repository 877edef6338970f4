package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.minicrm.adapter.kafka.KafkaBroker;
import io.minicrm.adapter.kafka.KafkaDispatchQueue;
import io.minicrm.adapter.kafka.KafkaQueueSettings;
import io.minicrm.adapter.mongo.MongoSettings;
import io.minicrm.adapter.mongo.MongoStorage;
import io.minicrm.adapter.redis.RedisCache;
import io.minicrm.adapter.redis.RedisConnection;
import io.minicrm.adapter.redis.RedisEventPublisher;
import io.minicrm.adapter.redis.RedisEventSubscriber;
import io.minicrm.adapter.redis.RedisServer;
import io.minicrm.adapter.redis.RedisSettings;
import io.minicrm.application.Crm;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/** docs/embedding.md's engine over the project's MongoDB, Redis and Kafka adapters, run against servers of the test's own. */
class EmbeddingAdaptersExampleTest {

    /** Runs the work on an engine over the three servers, closing the adapters after it, as the page shows. */
    static void withEngine(String mongoUri, String redisUrl, String kafkaServers, Consumer<Crm> work) {
        // tag::adapters[]
        CrmSettings settings = CrmSettings.defaults();
        MongoStorage stores = MongoStorage.open(new MongoSettings(mongoUri, "minicrm"), settings.catalogue());
        RedisConnection redis = RedisConnection.open(RedisSettings.parse(redisUrl));
        RedisEventSubscriber events = new RedisEventSubscriber(redis);
        RedisCache cache = new RedisCache(redis);
        KafkaDispatchQueue queue = KafkaDispatchQueue.start(KafkaQueueSettings.of(kafkaServers));
        try (Crm crm = Crm.builder()
                .settings(settings)
                .storage(stores)
                .events(new RedisEventPublisher(redis), events)
                .cache(cache)
                .dispatchQueue(queue)
                .build()
                .start()) {
            work.accept(crm);
        } finally {
            // The engine leaves the adapters it was given open: close them after it.
            queue.close();
            events.close();
            cache.close();
            redis.close();
            stores.close();
        }
        // end::adapters[]
    }

    @Test
    void a_campaign_goes_out_through_kafka_with_its_data_on_mongodb_and_its_events_on_redis(@TempDir Path data)
            throws Exception {
        WorkspaceId shop = WorkspaceId.DEFAULT;
        try (EmbeddedMongo mongo = EmbeddedMongo.start(data);
                RedisServer redis = RedisServer.start()) {
            withEngine(
                    mongo.connectionString(), redis.url(), KafkaBroker.shared().bootstrapServers(), crm -> {
                        for (String email : Set.of("asha@example.com", "ravi@example.com", "meera@example.com")) {
                            crm.customers()
                                    .create(
                                            shop,
                                            new CustomerDraft(
                                                    email,
                                                    Optional.empty(),
                                                    Optional.empty(),
                                                    Optional.empty(),
                                                    Set.of(),
                                                    Map.of()))
                                    .block();
                        }
                        Segment everyone = crm.segments()
                                .define(
                                        shop,
                                        new SegmentDraft("Everyone", "", new RuleSource.Text("email is set"), "me"))
                                .block();
                        Campaign campaign = crm.campaigns()
                                .create(
                                        shop,
                                        new NewCampaign(
                                                "Hello",
                                                everyone.id(),
                                                Channel.EMAIL,
                                                Optional.of("Hello"),
                                                "Hi {{first_name|there}}",
                                                Map.of()),
                                        "me")
                                .block();
                        crm.campaigns().queue(shop, campaign.id()).block();

                        Campaign done =
                                crm.campaigns().completion(shop, campaign.id()).block(Duration.ofMinutes(2));

                        assertThat(done.status()).isEqualTo(CampaignStatus.COMPLETED);
                        assertThat(done.counters().audience()).isEqualTo(3);
                    });
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                assertThat(Mono.from(client.getDatabase("minicrm")
                                        .getCollection("deliveries")
                                        .countDocuments())
                                .block())
                        .isEqualTo(3);
            }
        }
    }
}
