package io.minicrm.adapter.http.web.segment;

import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.segment.Segment;

/** One segment as the list shows it: its name, description and rule in text form. */
public record SegmentRow(String id, String name, String description, String rule) {

    static SegmentRow of(Segment segment) {
        return new SegmentRow(
                segment.id().value(), segment.name(), segment.description(), RulePrinter.print(segment.rule()));
    }
}
