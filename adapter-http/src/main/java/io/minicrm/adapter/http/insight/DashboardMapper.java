package io.minicrm.adapter.http.insight;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import io.minicrm.application.port.in.Dashboard;
import io.minicrm.domain.campaign.CampaignStatus;
import org.mapstruct.Mapper;

/** Maps the dashboard to its JSON form. */
@Mapper
public interface DashboardMapper {

    DashboardResponse toResponse(Dashboard dashboard);

    // Every status in lifecycle order, so a client's chart has the same bars whether or not a campaign is in each.
    default Map<String, Long> campaignsByStatus(Map<CampaignStatus, Long> counts) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Arrays.stream(CampaignStatus.values())
                .forEach(status -> byStatus.put(status.name(), counts.getOrDefault(status, 0L)));
        return byStatus;
    }

    default Double rate(OptionalDouble rate) {
        return rate.isPresent() ? rate.getAsDouble() : null;
    }
}
