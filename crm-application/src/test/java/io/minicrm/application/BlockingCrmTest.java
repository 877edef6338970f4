package io.minicrm.application;

import static io.minicrm.application.Shops.SHOP;
import static io.minicrm.application.Shops.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.minicrm.application.blocking.BlockingCrm;
import io.minicrm.application.blocking.BlockingTimeoutException;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.out.forwarding.ForwardingCustomerStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.WorkspaceEvent;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The use cases as plain calls, for applications that do not use Reactor. */
class BlockingCrmTest {

    @Test
    void a_campaign_runs_from_import_to_completion_with_plain_calls() throws Exception {
        List<WorkspaceEvent> heard = new CopyOnWriteArrayList<>();
        try (Crm crm = Crm.builder().build().start()) {
            BlockingCrm engine = crm.blocking();
            try (AutoCloseable listening = engine.onEvent(SHOP, heard::add)) {
                ImportJob imported = engine.imports()
                        .run(
                                ImportKind.CUSTOMERS,
                                SHOP,
                                new ByteArrayInputStream("email,name\nasha@example.com,Asha\nravi@example.com,Ravi\n"
                                        .getBytes(StandardCharsets.UTF_8)));
                Segment everyone = engine.segments()
                        .define(SHOP, new SegmentDraft("Everyone", "", new RuleSource.Text("email is set"), "me"));
                Campaign draft = engine.campaigns()
                        .create(
                                SHOP,
                                new NewCampaign(
                                        "Hello",
                                        everyone.id(),
                                        Channel.EMAIL,
                                        Optional.of("Hello"),
                                        "Hi {{first_name|there}}",
                                        Map.of()),
                                "me");
                engine.campaigns().queue(SHOP, draft.id());

                Campaign done = engine.campaigns().awaitCompletion(SHOP, draft.id(), Duration.ofSeconds(10));

                assertThat(imported.status()).isEqualTo(ImportStatus.COMPLETED);
                assertThat(done.status()).isEqualTo(CampaignStatus.COMPLETED);
                assertThat(done.counters().audience()).isEqualTo(2);
                assertThat(engine.campaigns().get(SHOP, draft.id())).contains(done);
                assertThat(engine.dashboard(SHOP).customers()).isEqualTo(2);
                // The completion is stored before it is told, so the event may come a moment later.
                Mono.fromSupplier(() -> heard.stream().anyMatch(WorkspaceEvent.CampaignCompleted.class::isInstance))
                        .filter(told -> told)
                        .repeatWhenEmpty(100, ticks -> ticks.delayElements(Duration.ofMillis(50)))
                        .block(Duration.ofSeconds(10));
            }
        }
        assertThat(heard)
                .anySatisfy(event -> assertThat(event)
                        .isInstanceOfSatisfying(
                                WorkspaceEvent.CampaignCompleted.class,
                                completed -> assertThat(
                                                completed.campaign().counters().audience())
                                        .isEqualTo(2L)));
        assertThat(heard)
                .anySatisfy(event -> assertThat(event)
                        .isInstanceOfSatisfying(
                                WorkspaceEvent.ImportBatch.class,
                                batch -> assertThat(batch.customersCreated()).isEqualTo(2L)));
    }

    @Test
    void a_refusal_is_thrown_as_the_crm_exception_that_says_why_and_a_missing_value_is_empty() {
        try (Crm crm = Crm.builder().build()) {
            BlockingCrm engine = crm.blocking();
            engine.customers().create(SHOP, customer("asha@example.com"));

            assertThatThrownBy(() -> engine.customers().create(SHOP, customer("asha@example.com")))
                    .isInstanceOfSatisfying(
                            CrmException.class,
                            refusal -> assertThat(refusal.problem()).isInstanceOf(Problem.Conflict.class));
            assertThat(engine.customers().get(SHOP, new CustomerId("nobody"))).isEmpty();
            assertThat(engine.customers().get(new WorkspaceId("other"), new CustomerId("nobody")))
                    .isEmpty();
        }
    }

    @Test
    void a_call_that_gets_no_answer_in_time_throws_a_timeout() {
        ForwardingCustomerStore stuck = new ForwardingCustomerStore(new InMemoryCustomerStore()) {
            @Override
            public Mono<Customer> findById(WorkspaceId workspace, CustomerId id) {
                return Mono.never();
            }
        };
        try (Crm crm = Crm.builder().customerStore(stuck).build()) {
            BlockingCrm engine = crm.blocking(Duration.ofMillis(100));

            assertThat(engine.timeout()).isEqualTo(Duration.ofMillis(100));
            assertThatThrownBy(() -> engine.customers().get(SHOP, new CustomerId("c-1")))
                    .isInstanceOf(BlockingTimeoutException.class)
                    .hasMessageContaining("no answer within PT0.1S");
        }
    }
}
