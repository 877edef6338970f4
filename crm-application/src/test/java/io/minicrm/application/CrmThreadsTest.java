package io.minicrm.application;

import static io.minicrm.application.Shops.SHOP;
import static io.minicrm.application.Shops.campaignToEveryone;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** A channel that blocks its thread, as SMTP and HTTP clients do, is called on the engine's blocking pool. */
class CrmThreadsTest {

    private static final int SENDS = 1_000;
    private static final Duration SEND_TIME = Duration.ofMillis(20);

    /** Answers each send after blocking its thread for a while, counting how many sends are under way at once. */
    private static final class BlockingChannel implements MessageChannel {
        final AtomicInteger underWay = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final Map<String, Integer> messagesPerRecipient = new ConcurrentHashMap<>();
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        @Override
        public Mono<Receipt> send(Delivery delivery) {
            // Blocks before it returns, as a client called the simplest way does.
            threads.add(Thread.currentThread().getName());
            mostAtOnce.accumulateAndGet(underWay.incrementAndGet(), Math::max);
            try {
                Thread.sleep(SEND_TIME);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Mono.error(interrupted);
            } finally {
                underWay.decrementAndGet();
            }
            messagesPerRecipient.merge(delivery.recipient(), 1, Integer::sum);
            return Mono.just(new Receipt(
                    delivery.id(),
                    DeliveryStatus.SENT,
                    Optional.of("m-" + delivery.id()),
                    Optional.empty(),
                    delivery.createdAt()));
        }
    }

    private static Campaign sent(Crm crm) {
        Campaign campaign = campaignToEveryone(crm, SENDS);
        crm.campaigns().queue(SHOP, campaign.id()).block();
        return crm.campaigns().completion(SHOP, campaign.id()).block(Duration.ofMinutes(2));
    }

    @Test
    void a_thousand_blocking_sends_run_as_many_at_once_as_the_pool_given_has_threads() {
        BlockingChannel channel = new BlockingChannel();
        Scheduler pool = Schedulers.newBoundedElastic(16, 10_000, "shop-mail");
        try (Crm crm = Crm.builder()
                .messageChannel(channel)
                .blockingScheduler(pool)
                .build()
                .start()) {
            Campaign done = sent(crm);

            assertThat(done.status()).isEqualTo(CampaignStatus.COMPLETED);
            assertThat(done.counters().sent()).isEqualTo(SENDS);
            assertThat(channel.messagesPerRecipient)
                    .hasSize(SENDS)
                    .allSatisfy((recipient, messages) -> assertThat(messages).isOne());
            assertThat(channel.mostAtOnce).hasValue(16);
            assertThat(channel.threads).allMatch(name -> name.startsWith("shop-mail"));
        } finally {
            pool.dispose();
        }
    }

    @Test
    void without_a_pool_given_the_engine_sends_on_a_bounded_pool_of_its_own() {
        BlockingChannel channel = new BlockingChannel();
        int inFlight = PipelineSettings.DEFAULT.senders() * PipelineSettings.DEFAULT.sendConcurrency();
        try (Crm crm = Crm.builder().messageChannel(channel).build().start()) {
            Campaign done = sent(crm);

            assertThat(done.counters().sent()).isEqualTo(SENDS);
            assertThat(channel.mostAtOnce).hasValue(Math.min(Crm.DEFAULT_BLOCKING_THREADS, inFlight));
            assertThat(channel.threads).allMatch(name -> name.startsWith("crm-blocking"));
        }
    }
}
