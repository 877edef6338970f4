package io.minicrm.application.port.in;

import java.util.List;
import java.util.Objects;

/** Tags proposed for a campaign from the workspace's vocabulary, each with the words that suggested it. */
public record TagProposal(List<Suggested> tags, List<String> vocabulary, String source) {

    public TagProposal {
        tags = List.copyOf(tags);
        vocabulary = List.copyOf(vocabulary);
        Objects.requireNonNull(source, "source");
    }

    /** A tag and why. */
    public record Suggested(String tag, String because) {}
}
