package io.minicrm.application;

import static io.minicrm.application.Shops.SHOP;
import static io.minicrm.application.Shops.campaignToEveryone;
import static io.minicrm.application.Shops.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.application.port.out.forwarding.ForwardingCampaignStore;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.util.TestLogger;
import reactor.util.Loggers;

/** An engine starts once and is closed once; every misuse fails at once, saying why. */
class CrmLifecycleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final MessageChannel NOWHERE = delivery -> Mono.just(
            new Receipt(delivery.id(), DeliveryStatus.SENT, Optional.empty(), Optional.empty(), delivery.createdAt()));

    @AfterEach
    void loggingAsBefore() {
        Loggers.resetLoggerFactory();
    }

    @Test
    void starting_twice_fails_saying_the_engine_is_already_started() {
        try (Crm crm = Crm.builder().build().start()) {
            assertThatIllegalStateException().isThrownBy(crm::start).withMessageContaining("already started");
        }
    }

    @Test
    void starting_after_closing_fails_saying_the_engine_is_closed_and_a_new_one_is_needed() {
        Crm crm = Crm.builder().build().start();
        crm.close();

        assertThatIllegalStateException()
                .isThrownBy(crm::start)
                .withMessageContaining("closed")
                .withMessageContaining("build a new one");
    }

    @Test
    void an_engine_closed_before_it_was_started_cannot_be_started() {
        Crm crm = Crm.builder().build();
        crm.close();

        assertThatIllegalStateException().isThrownBy(crm::start).withMessageContaining("closed");
    }

    @Test
    void every_use_after_closing_fails_at_once_even_through_a_port_handed_out_before() {
        Crm crm = Crm.builder().build().start();
        Customers customers = crm.customers();
        crm.close();

        assertThatIllegalStateException().isThrownBy(crm::customers).withMessageContaining("engine is closed");
        assertThatIllegalStateException()
                .isThrownBy(() -> customers.create(SHOP, customer("asha@example.com")))
                .withMessageContaining("engine is closed");
        assertThatIllegalStateException().isThrownBy(crm::campaigns);
        assertThatIllegalStateException().isThrownBy(crm::events);
        assertThatIllegalStateException().isThrownBy(crm::blocking);
        assertThat(customers).isEqualTo(customers).hasSameHashCodeAs(customers);
    }

    @Test
    void closing_twice_does_nothing_more() {
        Crm crm = Crm.builder().build().start();
        crm.close();
        crm.close();

        assertThatIllegalStateException().isThrownBy(crm::orders);
    }

    @Test
    void the_use_cases_work_before_the_start_and_the_campaign_queued_then_goes_out_once_started() {
        try (Crm crm = Crm.builder().messageChannel(NOWHERE).build()) {
            Campaign campaign = campaignToEveryone(crm, 3);
            crm.campaigns().queue(SHOP, campaign.id()).block(PATIENCE);

            crm.start();

            Campaign done = crm.campaigns().completion(SHOP, campaign.id()).block(PATIENCE);
            assertThat(done.status()).isEqualTo(CampaignStatus.COMPLETED);
            assertThat(done.counters().sent()).isEqualTo(3);
        }
    }

    @Test
    void a_start_that_fails_leaves_the_engine_to_be_started_again_and_then_it_sends() {
        AtomicInteger lookups = new AtomicInteger();
        ForwardingCampaignStore unreachableOnce = new ForwardingCampaignStore(new InMemoryCampaignStore()) {
            @Override
            public Flux<Campaign> findByStatus(CampaignStatus status) {
                return lookups.getAndIncrement() == 0
                        ? Flux.error(new IllegalStateException("store unreachable"))
                        : super.findByStatus(status);
            }
        };
        try (Crm crm = Crm.builder()
                .campaignStore(unreachableOnce)
                .messageChannel(NOWHERE)
                .build()) {
            assertThatThrownBy(crm::start).hasMessageContaining("store unreachable");

            assertThat(crm.start()).isSameAs(crm);
            Campaign campaign = campaignToEveryone(crm, 2);
            crm.campaigns().queue(SHOP, campaign.id()).block(PATIENCE);
            assertThat(crm.campaigns()
                            .completion(SHOP, campaign.id())
                            .block(PATIENCE)
                            .counters()
                            .sent())
                    .isEqualTo(2);
            assertThat(crm.periodicTasks()).isNotEmpty();
        }
    }

    @Test
    void an_engine_on_the_simulated_vendor_says_once_when_it_starts_that_no_message_leaves_the_jvm() {
        TestLogger log = capturedLog();
        try (Crm crm = Crm.builder().build()) {
            assertThat(log.getErrContent() + log.getOutContent()).doesNotContain("simulated vendor");

            crm.start();

            assertThat(log.getErrContent())
                    .containsOnlyOnce("simulated vendor")
                    .contains("no message leaves this JVM")
                    .contains("messageChannel(");
        }
    }

    @Test
    void an_engine_with_a_channel_of_its_own_says_nothing_of_the_simulated_vendor() {
        TestLogger log = capturedLog();
        try (Crm crm = Crm.builder().messageChannel(NOWHERE).build().start()) {
            assertThat(log.getErrContent() + log.getOutContent()).doesNotContain("simulated vendor");
        }
    }

    private static TestLogger capturedLog() {
        TestLogger log = new TestLogger(false);
        Loggers.useCustomLoggers(name -> log);
        return log;
    }
}
