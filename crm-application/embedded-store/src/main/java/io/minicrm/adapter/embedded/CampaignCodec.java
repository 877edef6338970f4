package io.minicrm.adapter.embedded;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.FieldType;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.template.MessageTemplate;
import io.minicrm.domain.template.PlaceholderCatalogue;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * A campaign with its counters and tags. Form 2 added the tags at the end; a campaign in form 1 reads back with none.
 * Templates are kept as written, with the attribute types they were checked against, so
 * that they read back as the same templates whatever the workspace declares later.
 */
final class CampaignCodec implements Codec<Campaign> {

    private static final int VERSION = 2;

    private final FieldCatalogue catalogue;

    CampaignCodec(FieldCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public byte[] encode(Campaign campaign) {
        CampaignCounters counters = campaign.counters();
        return new Output()
                .number(VERSION)
                .text(campaign.workspace().value())
                .text(campaign.id().value())
                .text(campaign.name())
                .text(campaign.segment().value())
                .text(campaign.channel().name())
                .optional(campaign.subject(), (output, subject) -> output.text(subject.text()))
                .text(campaign.body().text())
                .all(
                        campaign.variables().entrySet(),
                        (output, variable) -> output.text(variable.getKey()).text(variable.getValue()))
                .all(
                        catalogue.attributes().entrySet(),
                        (output, attribute) -> output.text(attribute.getKey())
                                .text(attribute.getValue().name()))
                .optional(campaign.scheduledAt(), Output::instant)
                .optional(campaign.audienceRule(), (output, rule) -> output.text(RulePrinter.print(rule)))
                .text(campaign.status().name())
                .number(counters.audience())
                .number(counters.pending())
                .number(counters.sent())
                .number(counters.delivered())
                .number(counters.failed())
                .number(counters.skipped())
                .number(counters.suppressed())
                .optionalText(campaign.failureReason())
                .optional(campaign.dispatchedAt(), Output::instant)
                .text(campaign.createdBy())
                .instant(campaign.createdAt())
                .instant(campaign.updatedAt())
                .all(campaign.tags(), Output::text)
                .bytes();
    }

    @Override
    public Campaign decode(byte[] bytes) {
        Input input = Codec.versioned(bytes, 1, VERSION, "campaign");
        WorkspaceId workspace = new WorkspaceId(input.text());
        CampaignId id = new CampaignId(input.text());
        String name = input.text();
        SegmentId segment = new SegmentId(input.text());
        Channel channel = Channel.valueOf(input.text());
        var subject = input.optionalText();
        String body = input.text();
        Map<String, String> variables = new HashMap<>();
        input.each(in -> variables.put(in.text(), in.text()));
        Map<String, FieldType> attributes = new HashMap<>();
        input.each(in -> attributes.put(in.text(), FieldType.valueOf(in.text())));
        PlaceholderCatalogue placeholders =
                new PlaceholderCatalogue(new FieldCatalogue(attributes), variables.keySet());
        Optional<Instant> scheduledAt = input.optional(Input::instant);
        Optional<Rule> rule = input.optional(in -> SegmentCodec.rule(in.text()));
        CampaignStatus status = CampaignStatus.valueOf(input.text());
        CampaignCounters counters = new CampaignCounters(
                input.number(),
                input.number(),
                input.number(),
                input.number(),
                input.number(),
                input.number(),
                input.number());
        Optional<String> failure = input.optionalText();
        Optional<Instant> dispatchedAt = input.optional(Input::instant);
        String createdBy = input.text();
        Instant createdAt = input.instant();
        Instant updatedAt = input.instant();
        List<String> tags = bytes[0] >= 2 ? input.all(Input::text) : List.of();
        return new Campaign(
                workspace,
                id,
                name,
                segment,
                channel,
                subject.map(text -> template("subject", text, placeholders)),
                template("body", body, placeholders),
                variables,
                Set.copyOf(tags),
                scheduledAt,
                rule,
                status,
                counters,
                failure,
                dispatchedAt,
                createdBy,
                createdAt,
                updatedAt);
    }

    private static MessageTemplate template(String field, String text, PlaceholderCatalogue placeholders) {
        return MessageTemplate.parse(field, text, placeholders)
                .getOrElseThrow(problem ->
                        new IllegalStateException("a stored " + field + " template does not parse: " + problem));
    }
}
