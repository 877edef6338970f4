package io.minicrm.adapter.http.delivery;

import io.minicrm.application.port.in.DeadLetterReport;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps a campaign's dead letters to their JSON form. */
@Mapper
public interface DeadLetterMapper {

    @Mapping(target = "campaignId", source = "campaign.value")
    DeadLetterResponse toResponse(DeadLetterReport report);
}
