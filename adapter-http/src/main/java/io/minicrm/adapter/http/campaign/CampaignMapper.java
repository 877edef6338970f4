package io.minicrm.adapter.http.campaign;

import java.time.Instant;
import java.util.Optional;

import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.template.MessageTemplate;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps campaigns to their JSON form. */
@Mapper
public interface CampaignMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "segmentId", source = "segment.value")
    @Mapping(target = "message", source = "body")
    CampaignResponse toResponse(Campaign campaign);

    @Mapping(target = "campaignId", source = "id.value")
    CampaignStatusResponse toStatus(Campaign campaign);

    default CountersResponse counters(CampaignCounters counters) {
        return new CountersResponse(
                counters.audience(),
                counters.pending(),
                counters.sent(),
                counters.delivered(),
                counters.failed(),
                counters.skipped(),
                counters.suppressed(),
                counters.successRate().isPresent() ? counters.successRate().getAsDouble() : null);
    }

    default String template(MessageTemplate template) {
        return template.text();
    }

    default String template(Optional<MessageTemplate> template) {
        return template.map(MessageTemplate::text).orElse(null);
    }

    default String text(Optional<String> text) {
        return text.orElse(null);
    }

    default Instant instant(Optional<Instant> instant) {
        return instant.orElse(null);
    }
}
