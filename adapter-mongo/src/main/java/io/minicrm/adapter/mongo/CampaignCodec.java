package io.minicrm.adapter.mongo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.FieldType;
import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.template.MessageTemplate;
import io.minicrm.domain.template.PlaceholderCatalogue;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;

/**
 * Maps a campaign to its document and back; a document stored before campaigns had tags reads with none. Templates are kept as written, with the attribute types they were checked
 * against, so that they read back as the same templates whatever the workspace declares later; the counters sit in one
 * sub-document that only {@code $inc} changes.
 */
final class CampaignCodec {

    static final int VERSION = 1;
    static final String WORKSPACE = "ws";
    static final String ID = "id";
    static final String STATUS = "status";
    static final String COUNTERS = "counters";
    static final String CREATED_AT = "createdAt";
    static final String TAGS = "tags";
    static final String UPDATED_AT = "updatedAt";
    static final List<String> COUNTER_KEYS =
            List.of("audience", "pending", "sent", "delivered", "failed", "skipped", "suppressed");

    /** The keys a status change rewrites: all but the identity, the counters and the tags. */
    static final List<String> TRANSITION_KEYS = List.of(
            "name",
            "segment",
            "channel",
            "subject",
            "body",
            "variables",
            "attributes",
            "scheduledAt",
            "rule",
            STATUS,
            "failure",
            "dispatchedAt",
            "createdBy",
            CREATED_AT,
            UPDATED_AT);

    private CampaignCodec() {}

    static Document toDocument(CampaignCounters counters) {
        return new Document("audience", counters.audience())
                .append("pending", counters.pending())
                .append("sent", counters.sent())
                .append("delivered", counters.delivered())
                .append("failed", counters.failed())
                .append("skipped", counters.skipped())
                .append("suppressed", counters.suppressed());
    }

    static Document toDocument(Campaign campaign, FieldCatalogue catalogue) {
        CampaignCounters counters = campaign.counters();
        Document document = Bsons.versioned(VERSION)
                .append(WORKSPACE, campaign.workspace().value())
                .append(ID, campaign.id().value())
                .append("name", campaign.name())
                .append("segment", campaign.segment().value())
                .append("channel", campaign.channel().name());
        Bsons.putPresent(document, "subject", campaign.subject().map(MessageTemplate::text));
        document.append("body", campaign.body().text())
                .append("variables", new Document(new HashMap<>(campaign.variables())))
                .append(TAGS, List.copyOf(campaign.tags()))
                .append(
                        "attributes",
                        new Document(catalogue.attributes().entrySet().stream()
                                .collect(
                                        HashMap<String, Object>::new,
                                        (types, entry) -> types.put(
                                                entry.getKey(), entry.getValue().name()),
                                        Map::putAll)));
        Bsons.putPresent(document, "scheduledAt", campaign.scheduledAt().map(Bsons::instant));
        Bsons.putPresent(document, "rule", campaign.audienceRule().map(RulePrinter::print));
        document.append(STATUS, campaign.status().name()).append(COUNTERS, toDocument(counters));
        Bsons.putPresent(document, "failure", campaign.failureReason());
        Bsons.putPresent(document, "dispatchedAt", campaign.dispatchedAt().map(Bsons::instant));
        return document.append("createdBy", campaign.createdBy())
                .append(CREATED_AT, Bsons.instant(campaign.createdAt()))
                .append(UPDATED_AT, Bsons.instant(campaign.updatedAt()));
    }

    static Campaign toCampaign(Document document) {
        Map<String, String> variables = new HashMap<>();
        document.get("variables", Document.class).forEach((name, value) -> variables.put(name, (String) value));
        Map<String, FieldType> attributes = new HashMap<>();
        document.get("attributes", Document.class)
                .forEach((name, type) -> attributes.put(name, FieldType.valueOf((String) type)));
        PlaceholderCatalogue placeholders =
                new PlaceholderCatalogue(new FieldCatalogue(attributes), variables.keySet());
        Document counters = document.get(COUNTERS, Document.class);
        return new Campaign(
                new WorkspaceId(document.getString(WORKSPACE)),
                new CampaignId(document.getString(ID)),
                document.getString("name"),
                new SegmentId(document.getString("segment")),
                Channel.valueOf(document.getString("channel")),
                Bsons.text(document, "subject").map(text -> template("subject", text, placeholders)),
                template("body", document.getString("body"), placeholders),
                variables,
                Set.copyOf(Bsons.texts(document, TAGS)),
                Bsons.instant(document, "scheduledAt"),
                Bsons.text(document, "rule").map(SegmentCodec::rule),
                CampaignStatus.valueOf(document.getString(STATUS)),
                new CampaignCounters(
                        count(counters, "audience"),
                        count(counters, "pending"),
                        count(counters, "sent"),
                        count(counters, "delivered"),
                        count(counters, "failed"),
                        count(counters, "skipped"),
                        count(counters, "suppressed")),
                Bsons.text(document, "failure"),
                Bsons.instant(document, "dispatchedAt"),
                document.getString("createdBy"),
                Bsons.instant(document.get(CREATED_AT)),
                Bsons.instant(document.get(UPDATED_AT)));
    }

    private static MessageTemplate template(String field, String text, PlaceholderCatalogue placeholders) {
        return MessageTemplate.parse(field, text, placeholders)
                .getOrElseThrow(problem ->
                        new IllegalStateException("a stored " + field + " template does not parse: " + problem));
    }

    /** A counter as stored; zero when absent, as in documents written before skipped and suppressed were counted. */
    private static long count(Document counters, String key) {
        Object stored = counters.get(key);
        return stored == null ? 0 : ((Number) stored).longValue();
    }
}
