package io.minicrm.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.application.port.shared.UnsubscribeLinks;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.suppression.SuppressionReason;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one-click unsubscribe, from a signed link to the next campaign leaving the customer out. */
class UnsubscribeTest {

    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private final UnsubscribeLinks links = new UnsubscribeLinks(
            "a secret of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8),
            URI.create("https://crm.example.com/"));
    private final Crm crm = Crm.builder()
            .deliveryStore(new InMemoryDeliveryStore())
            .unsubscribeLinks(links)
            .build()
            .start();

    @AfterEach
    void close() {
        crm.close();
    }

    private Customer customer(String email) {
        return crm.customers()
                .create(
                        SHOP,
                        new CustomerDraft(
                                email, Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Map.of()))
                .block(PATIENCE);
    }

    private Campaign campaignTo(Segment segment, String name) {
        Campaign created = crm.campaigns()
                .create(
                        SHOP,
                        new NewCampaign(name, segment.id(), Channel.EMAIL, Optional.of("News"), "Hello", Map.of()),
                        "mira")
                .block(PATIENCE);
        crm.campaigns().queue(SHOP, created.id()).block(PATIENCE);
        return crm.campaigns().completion(SHOP, created.id()).block(PATIENCE);
    }

    @Test
    void a_signed_link_unsubscribes_once_and_the_next_campaign_leaves_the_customer_out() {
        Customer asha = customer("asha@example.com");
        customer("ravi@example.com");
        Segment everyone = crm.segments()
                .define(SHOP, new SegmentDraft("Everyone", "", new RuleSource.Text("all()"), "mira"))
                .block(PATIENCE);
        Campaign first = campaignTo(everyone, "First");
        String token = links.tokenFor(SHOP, DeliveryId.of(first.id(), asha.id()));

        Suppression suppressed = crm.suppressions().unsubscribe(token).block(PATIENCE);
        Suppression again = crm.suppressions().unsubscribe(token).block(PATIENCE);
        Campaign second = campaignTo(everyone, "Second");

        assertThat(suppressed.address()).isEqualTo("asha@example.com");
        assertThat(suppressed.reason()).isEqualTo(SuppressionReason.UNSUBSCRIBED);
        assertThat(again).isEqualTo(suppressed);
        assertThat(crm.suppressions()
                        .list(SHOP, PageRequest.FIRST)
                        .block(PATIENCE)
                        .total())
                .isEqualTo(1);
        assertThat(second.counters().audience()).isEqualTo(2);
        assertThat(second.counters().suppressed()).isEqualTo(1);
    }

    @Test
    void a_tampered_link_is_refused_and_suppresses_nobody() {
        Customer asha = customer("asha@example.com");
        String token = links.tokenFor(SHOP, DeliveryId.of(new CampaignId("k1"), asha.id()));
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        String otherSecret = new UnsubscribeLinks(
                        "another secret of thirty-two bytes".getBytes(StandardCharsets.UTF_8),
                        URI.create("https://crm.example.com"))
                .tokenFor(SHOP, DeliveryId.of(new CampaignId("k1"), asha.id()));

        for (String refused : new String[] {tampered, otherSecret, "nonsense", "a.b.c"}) {
            assertThatThrownBy(() -> crm.suppressions().unsubscribe(refused).block(PATIENCE))
                    .isInstanceOfSatisfying(
                            CrmException.class,
                            failure -> assertThat(failure.problem()).isInstanceOf(Problem.Invalid.class));
        }
        assertThat(crm.suppressions()
                        .list(SHOP, PageRequest.FIRST)
                        .block(PATIENCE)
                        .total())
                .isZero();
    }

    @Test
    void a_link_whose_last_character_differs_only_in_the_unused_bits_of_the_signature_is_refused() {
        Customer asha = customer("asha@example.com");
        Segment everyone = crm.segments()
                .define(SHOP, new SegmentDraft("Everyone", "", new RuleSource.Text("all()"), "mira"))
                .block(PATIENCE);
        String token =
                links.tokenFor(SHOP, DeliveryId.of(campaignTo(everyone, "First").id(), asha.id()));
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char last = token.charAt(token.length() - 1);
        // 32 signature bytes fill 43 characters with two bits to spare, so flipping the lowest bit decodes alike.
        String sameBytes = token.substring(0, token.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);

        assertThatThrownBy(() -> crm.suppressions().unsubscribe(sameBytes).block(PATIENCE))
                .isInstanceOfSatisfying(
                        CrmException.class,
                        failure -> assertThat(failure.problem()).isInstanceOf(Problem.Invalid.class));
        assertThat(crm.suppressions().unsubscribe(token).block(PATIENCE).address())
                .isEqualTo("asha@example.com");
    }

    @Test
    void a_lifted_suppression_lets_the_customer_be_messaged_again_and_lifting_nothing_is_not_found() {
        Customer asha = customer("asha@example.com");
        Segment everyone = crm.segments()
                .define(SHOP, new SegmentDraft("Everyone", "", new RuleSource.Text("all()"), "mira"))
                .block(PATIENCE);
        Campaign first = campaignTo(everyone, "First");
        crm.suppressions()
                .unsubscribe(links.tokenFor(SHOP, DeliveryId.of(first.id(), asha.id())))
                .block(PATIENCE);

        crm.suppressions().lift(SHOP, Channel.EMAIL, "asha@example.com").block(PATIENCE);
        Campaign second = campaignTo(everyone, "Second");

        assertThat(second.counters().suppressed()).isZero();
        assertThatThrownBy(() -> crm.suppressions()
                        .lift(SHOP, Channel.EMAIL, "asha@example.com")
                        .block(PATIENCE))
                .isInstanceOfSatisfying(
                        CrmException.class,
                        failure -> assertThat(failure.problem()).isInstanceOf(Problem.NotFound.class));
    }
}
