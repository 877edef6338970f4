package io.minicrm.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

/**
 * Campaigns stored before skipped and suppressed customers were counted read, count and recount as zero of each; those
 * stored before campaigns had tags read with none and can be tagged.
 */
class OlderCampaignDocumentTest {

    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Test
    void a_campaign_without_the_newer_counters_reads_counts_and_recounts() {
        MongoStorage opened = storage.open();
        CampaignStore campaigns = opened.campaigns();
        Campaign stored = campaigns.insert(dispatching()).block();
        MongoSettings settings = storage.settingsOf(opened);
        try (MongoClient client = MongoClients.create(settings.uri())) {
            Mono.from(client.getDatabase(settings.database())
                            .getCollection(Collections.CAMPAIGNS)
                            .updateOne(
                                    Filters.eq(CampaignCodec.ID, stored.id().value()),
                                    Updates.combine(
                                            Updates.unset(CampaignCodec.COUNTERS + ".skipped"),
                                            Updates.unset(CampaignCodec.COUNTERS + ".suppressed"))))
                    .block();
        }

        Campaign read = campaigns.findById(WorkspaceId.DEFAULT, stored.id()).block();
        Campaign counted = campaigns
                .count(WorkspaceId.DEFAULT, stored.id(), CounterChange.audienceAdded(2))
                .block();

        assertThat(read.counters()).isEqualTo(CampaignCounters.NONE);
        assertThat(counted.counters()).isEqualTo(new CampaignCounters(2, 2, 0, 0, 0));
        Mono<Campaign> recount = campaigns.recount(
                WorkspaceId.DEFAULT, stored.id(), counted.counters(), new CampaignCounters(3, 1, 0, 0, 0, 2, 0));
        assertThat(recount.block().counters()).isEqualTo(new CampaignCounters(3, 1, 0, 0, 0, 2, 0));
    }

    @Test
    void a_campaign_without_tags_reads_with_none_and_can_be_tagged() {
        MongoStorage opened = storage.open();
        CampaignStore campaigns = opened.campaigns();
        Campaign stored = campaigns.insert(dispatching()).block();
        MongoSettings settings = storage.settingsOf(opened);
        try (MongoClient client = MongoClients.create(settings.uri())) {
            Mono.from(client.getDatabase(settings.database())
                            .getCollection(Collections.CAMPAIGNS)
                            .updateOne(
                                    Filters.eq(CampaignCodec.ID, stored.id().value()),
                                    Updates.unset(CampaignCodec.TAGS)))
                    .block();
        }

        Campaign read = campaigns.findById(WorkspaceId.DEFAULT, stored.id()).block();
        Campaign tagged = campaigns
                .retag(read.retag(List.of("reminder"), List.of(), NOW).get())
                .block();

        assertThat(read).isEqualTo(stored);
        assertThat(tagged.tags()).containsExactly("reminder");
    }

    private static Campaign dispatching() {
        NewCampaign request =
                new NewCampaign("Older", new SegmentId("s-1"), Channel.SMS, Optional.empty(), "Hello", Map.of());
        return Campaign.draft(
                        WorkspaceId.DEFAULT, new CampaignId("k-1"), request, FieldCatalogue.standard(), "mira", NOW)
                .flatMap(draft -> draft.queue(Rule.all(), NOW))
                .flatMap(queued -> queued.startDispatch(NOW))
                .get();
    }
}
