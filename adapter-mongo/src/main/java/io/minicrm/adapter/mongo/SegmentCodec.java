package io.minicrm.adapter.mongo;

import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleParser;
import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;

/** Maps a segment to its document and back; its rule is kept in the text form, which parses back to the same rule. */
final class SegmentCodec {

    static final int VERSION = 1;
    static final String WORKSPACE = "ws";
    static final String ID = "id";
    static final String CREATED_AT = "createdAt";

    private SegmentCodec() {}

    static Document toDocument(Segment segment) {
        return Bsons.versioned(VERSION)
                .append(WORKSPACE, segment.workspace().value())
                .append(ID, segment.id().value())
                .append("name", segment.name())
                .append("description", segment.description())
                .append("rule", RulePrinter.print(segment.rule()))
                .append("createdBy", segment.createdBy())
                .append(CREATED_AT, Bsons.instant(segment.createdAt()))
                .append("updatedAt", Bsons.instant(segment.updatedAt()));
    }

    static Segment toSegment(Document document) {
        return new Segment(
                new WorkspaceId(document.getString(WORKSPACE)),
                new SegmentId(document.getString(ID)),
                document.getString("name"),
                document.getString("description"),
                rule(document.getString("rule")),
                document.getString("createdBy"),
                Bsons.instant(document.get(CREATED_AT)),
                Bsons.instant(document.get("updatedAt")));
    }

    static Rule rule(String text) {
        return RuleParser.parse(text)
                .getOrElseThrow(error -> new IllegalStateException("a stored rule does not parse: " + error));
    }
}
