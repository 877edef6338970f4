package io.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.Crm;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.port.in.AudiencePreview;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.suppression.SuppressionReason;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rule field {@code unsubscribed}, decided by the engine against the suppression list as it stands. */
class OptOutAudiencesTest {

    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final InMemorySuppressionStore suppressions = new InMemorySuppressionStore();
    private Crm crm;
    private Customer unsubscribed;
    private Customer bounced;
    private Customer complainedBySms;

    @BeforeEach
    void customers_who_said_no_and_one_whose_address_bounced() {
        crm = Crm.builder().suppressionStore(suppressions).build().start();
        unsubscribed = customer("asha@example.com", Optional.empty());
        bounced = customer("bela@example.com", Optional.empty());
        complainedBySms = customer("chen@example.com", Optional.of("+919800000001"));
        customer("dev@example.com", Optional.of("+919800000002"));
        suppress(Channel.EMAIL, unsubscribed.email().value(), SuppressionReason.UNSUBSCRIBED);
        suppress(Channel.EMAIL, bounced.email().value(), SuppressionReason.HARD_BOUNCED);
        suppress(Channel.SMS, complainedBySms.profile().phone().orElseThrow(), SuppressionReason.COMPLAINED);
    }

    @AfterEach
    void stop() {
        crm.close();
    }

    @Test
    void unsubscribed_selects_those_who_unsubscribed_or_complained_on_any_channel_but_not_a_hard_bounce() {
        AudiencePreview preview = crm.segments()
                .preview(SHOP, new RuleSource.Text("unsubscribed = true"), 10)
                .block(PATIENCE);

        assertThat(preview.size()).isEqualTo(2);
        assertThat(preview.sample())
                .extracting(Customer::id)
                .containsExactlyInAnyOrder(unsubscribed.id(), complainedBySms.id());
        assertThat(crm.segments()
                        .preview(SHOP, new RuleSource.Text("not unsubscribed = true"), 10)
                        .block(PATIENCE)
                        .size())
                .isEqualTo(2);
    }

    @Test
    void a_campaign_finds_who_is_unsubscribed_when_it_is_dispatched() {
        Segment optedOut = crm.segments()
                .define(SHOP, new SegmentDraft("Opted out", "", new RuleSource.Text("unsubscribed = true"), "mira"))
                .block(PATIENCE);
        crm.suppressions()
                .lift(SHOP, Channel.EMAIL, unsubscribed.email().value())
                .block(PATIENCE);

        Campaign created = crm.campaigns()
                .create(
                        SHOP,
                        new NewCampaign(
                                "Why we miss you",
                                optedOut.id(),
                                Channel.EMAIL,
                                Optional.of("We miss you"),
                                "Hi {{first_name}}",
                                Map.of()),
                        "mira")
                .block(PATIENCE);
        crm.campaigns().queue(SHOP, created.id()).block(PATIENCE);
        Campaign completed = crm.campaigns().completion(SHOP, created.id()).block(PATIENCE);

        // Only the customer who complained by SMS is still opted out; e-mail reaches them, as no e-mail was refused.
        assertThat(completed.counters().audience()).isEqualTo(1);
        assertThat(completed.counters().suppressed()).isZero();
    }

    private Customer customer(String email, Optional<String> phone) {
        return crm.customers()
                .create(SHOP, new CustomerDraft(email, Optional.empty(), phone, Optional.empty(), Set.of(), Map.of()))
                .block(PATIENCE);
    }

    private void suppress(Channel channel, String address, SuppressionReason reason) {
        suppressions
                .suppress(new Suppression(SHOP, channel, address, reason, Optional.empty(), Instant.now()))
                .block(PATIENCE);
    }
}
