package io.minicrm.adapter.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class CampaignCodecTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final CampaignCodec codec = new CampaignCodec(FieldCatalogue.standard());
    private final Campaign draft = Campaign.draft(
                    WorkspaceId.DEFAULT,
                    new CampaignId("k-1"),
                    new NewCampaign("Diwali", new SegmentId("s-1"), Channel.SMS, Optional.empty(), "Hi", Map.of()),
                    FieldCatalogue.standard(),
                    "me",
                    NOW)
            .get();

    @Test
    void a_campaign_reads_back_with_its_tags() {
        Campaign tagged = draft.retag(List.of("festive", "monsoon"), List.of("monsoon"), NOW)
                .get();

        assertThat(codec.decode(codec.encode(tagged))).isEqualTo(tagged);
    }

    @Test
    void a_campaign_written_in_form_1_before_campaigns_had_tags_reads_back_with_none() {
        // Form 1 is form 2 without the tags: the untagged campaign's bytes less the final empty list's count.
        byte[] form2 = codec.encode(draft);
        byte[] form1 = Arrays.copyOf(form2, form2.length - 1);
        form1[0] = 1;

        assertThat(form2[form2.length - 1]).isZero();
        assertThat(codec.decode(form1)).isEqualTo(draft);
    }

    @Test
    void a_campaign_in_a_form_newer_than_this_build_is_refused() {
        byte[] form3 = codec.encode(draft);
        form3[0] = 3;

        assertThatThrownBy(() -> codec.decode(form3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a stored campaign is in form 3; this build reads forms 1 to 2");
    }
}
