package io.minicrm.adapter.http.web.campaign;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.segment.SegmentId;

/** A campaign as the pages show it: its words, its figures written out, and what may still be done with it. */
public record CampaignView(
        String id,
        String name,
        String segment,
        String channel,
        String status,
        String statusWord,
        String audience,
        String pending,
        String sent,
        String delivered,
        String failed,
        String unsent,
        String successRate,
        long settled,
        long total,
        List<String> tags,
        String created,
        String scheduled,
        String subject,
        String message,
        String failureReason,
        boolean live,
        boolean cancellable,
        boolean queueable,
        boolean hasResults) {

    static CampaignView of(Campaign campaign, Map<SegmentId, String> segmentNames) {
        CampaignCounters counters = campaign.counters();
        // A draft with a time is waiting to be sent: the history says so rather than "Draft".
        String status = campaign.status() == CampaignStatus.DRAFT
                        && campaign.scheduledAt().isPresent()
                ? "SCHEDULED"
                : campaign.status().name();
        long settled = counters.audience() - counters.pending();
        return new CampaignView(
                campaign.id().value(),
                campaign.name(),
                segmentNames.getOrDefault(campaign.segment(), "a deleted segment"),
                Formats.words(campaign.channel().name()),
                status.toLowerCase(Locale.ROOT),
                Formats.words(status),
                Formats.count(counters.audience()),
                Formats.count(counters.pending()),
                Formats.count(counters.sent()),
                Formats.count(counters.delivered()),
                Formats.count(counters.failed()),
                Formats.count(counters.skipped() + counters.suppressed()),
                counters.successRate().isPresent()
                        ? Formats.percent(counters.successRate().getAsDouble())
                        : "—",
                settled,
                counters.audience(),
                campaign.tags().stream().sorted().toList(),
                Formats.time(campaign.createdAt()),
                campaign.scheduledAt().map(Formats::time).orElse(""),
                campaign.subject().map(Object::toString).orElse(""),
                campaign.body().text(),
                campaign.failureReason().orElse(""),
                campaign.status() == CampaignStatus.QUEUED || campaign.status() == CampaignStatus.DISPATCHING,
                campaign.status().canMoveTo(CampaignStatus.CANCELLED),
                campaign.status() == CampaignStatus.DRAFT,
                counters.sent() + counters.delivered() + counters.failed() > 0);
    }
}
