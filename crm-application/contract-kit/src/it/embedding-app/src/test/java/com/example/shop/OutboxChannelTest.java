package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import io.minicrm.application.Crm;
import io.minicrm.application.contract.MessageChannelContract;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

/** The outbox channel keeps the channel contract, and a campaign through it messages each recipient once. */
class OutboxChannelTest extends MessageChannelContract {

    private OutboxChannel channel;

    @Override
    protected MessageChannel newChannel() {
        channel = new OutboxChannel();
        return channel;
    }

    @Override
    protected long messagesTo(String recipient) {
        return channel.messagesTo(recipient).size();
    }

    @Test
    void a_campaign_sends_exactly_one_message_to_each_recipient() {
        OutboxChannel outbox = new OutboxChannel();
        WorkspaceId shop = WorkspaceId.DEFAULT;
        try (Crm crm = Crm.builder().messageChannel(outbox).build().start()) {
            IntStream.range(0, 200)
                    .forEach(n -> crm.customers()
                            .create(
                                    shop,
                                    new CustomerDraft(
                                            "c" + n + "@example.com",
                                            Optional.of("Customer " + n),
                                            Optional.empty(),
                                            Optional.empty(),
                                            Set.of(),
                                            Map.of()))
                            .block());
            Segment everyone = crm.segments()
                    .define(shop, new SegmentDraft("Everyone", "", new RuleSource.Text("email is set"), "me"))
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

            Campaign done = crm.campaigns().completion(shop, campaign.id()).block(Duration.ofMinutes(1));

            assertThat(done.status()).isEqualTo(CampaignStatus.COMPLETED);
            assertThat(done.counters().sent()).isEqualTo(200);
            assertThat(outbox.outbox())
                    .hasSize(200)
                    .allSatisfy((recipient, messages) -> assertThat(messages).hasSize(1));
            assertThat(outbox.messagesTo("c7@example.com"))
                    .singleElement()
                    .satisfies(message -> assertThat(message.body()).isEqualTo("Hi Customer"));
        }
    }
}
