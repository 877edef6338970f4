package io.minicrm.domain.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import io.minicrm.domain.shared.Problem.Violation;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class SegmentLimitsTest {

    @Test
    void a_name_has_at_most_two_hundred_characters_on_one_line_and_a_description_two_thousand_on_many() {
        assertThat(Segment.violations("Big spenders", "Spent over 5000\nand came back"))
                .isEmpty();
        assertThat(Segment.violations("n".repeat(201), "d".repeat(2_001)))
                .containsExactly(
                        new Violation("name", "a segment's name has at most 200 characters"),
                        new Violation("description", "a segment's description has at most 2000 characters"));
        assertThat(Segment.violations("two\nlines", null))
                .containsExactly(new Violation("name", "a segment's name has no line breaks or control characters"));
        assertThat(Segment.violations(" ", null)).containsExactly(new Violation("name", "a segment needs a name"));
    }

    @Test
    void no_path_can_build_a_segment_beyond_its_limits() {
        assertThatThrownBy(() -> new Segment(
                        WorkspaceId.DEFAULT,
                        new SegmentId("s"),
                        "n".repeat(201),
                        "",
                        Rule.all(),
                        "",
                        Instant.EPOCH,
                        Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name: a segment's name has at most 200 characters");
    }
}
