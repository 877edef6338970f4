package io.minicrm.adapter.embedded;

import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleParser;
import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;

/** A segment; its rule is kept in the text form, which parses back to the same rule. */
final class SegmentCodec implements Codec<Segment> {

    private static final int VERSION = 1;

    @Override
    public byte[] encode(Segment segment) {
        return new Output()
                .number(VERSION)
                .text(segment.workspace().value())
                .text(segment.id().value())
                .text(segment.name())
                .text(segment.description())
                .text(RulePrinter.print(segment.rule()))
                .text(segment.createdBy())
                .instant(segment.createdAt())
                .instant(segment.updatedAt())
                .bytes();
    }

    @Override
    public Segment decode(byte[] bytes) {
        Input input = Codec.versioned(bytes, VERSION, "segment");
        return new Segment(
                new WorkspaceId(input.text()),
                new SegmentId(input.text()),
                input.text(),
                input.text(),
                rule(input.text()),
                input.text(),
                input.instant(),
                input.instant());
    }

    static Rule rule(String text) {
        return RuleParser.parse(text)
                .getOrElseThrow(error -> new IllegalStateException("a stored rule does not parse: " + error));
    }
}
