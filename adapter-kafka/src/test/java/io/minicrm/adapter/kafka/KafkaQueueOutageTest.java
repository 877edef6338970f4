package io.minicrm.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.minicrm.application.Crm;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class KafkaQueueOutageTest {

    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;

    @Test
    void a_campaign_queued_while_the_broker_is_down_stays_queued_and_is_sent_to_everyone_once_the_broker_is_back() {
        KafkaPipelineRig rig = new KafkaPipelineRig(2_000);
        PipelineSettings quick = KafkaPipelineRig.SETTINGS;
        // Campaigns still queued after a second are asked for again.
        PipelineSettings settings = new PipelineSettings(
                quick.dispatchBatch(),
                quick.dispatchConcurrency(),
                2,
                quick.sendConcurrency(),
                quick.sendTries(),
                quick.retryBackoff(),
                quick.receiptBatch(),
                quick.receiptWindow(),
                Duration.ofSeconds(1));
        KafkaBroker broker = KafkaBroker.shared();
        try (rig;
                Crm crm = Crm.builder()
                        .settings(rig.crm)
                        .customerStore(rig.customers)
                        .campaignStore(rig.campaigns)
                        .deliveryStore(rig.deliveries)
                        .dispatchQueue(rig.node())
                        .messageChannel(rig.vendor)
                        .pipelineSettings(settings)
                        .build()
                        .start()) {
            Segment everyone = crm.segments()
                    .define(SHOP, new SegmentDraft("Everyone", "", new RuleSource.Text("all()"), "asha"))
                    .block(KafkaPipelineRig.PATIENCE);
            Campaign draft = crm.campaigns()
                    .create(
                            SHOP,
                            new NewCampaign(
                                    "Sale",
                                    everyone.id(),
                                    Channel.EMAIL,
                                    Optional.of("Sale"),
                                    "Hi {{first_name|friend}}",
                                    Map.of()),
                            "asha")
                    .block(KafkaPipelineRig.PATIENCE);

            broker.kill();
            Campaign queued;
            try {
                queued = crm.campaigns().queue(SHOP, draft.id()).block(KafkaPipelineRig.PATIENCE);
                KafkaPipelineRig.eventually(() -> rig.current(draft)
                        .updatedAt()
                        .isBefore(rig.crm.clock().instant().minusSeconds(2)));
                assertThat(rig.current(draft).status()).isEqualTo(CampaignStatus.QUEUED);
            } finally {
                broker.start();
            }

            assertThat(queued.status()).isEqualTo(CampaignStatus.QUEUED);
            rig.completed(queued);
            rig.assertEachRecipientOnceAndExactCounters(queued);
        }
    }
}
