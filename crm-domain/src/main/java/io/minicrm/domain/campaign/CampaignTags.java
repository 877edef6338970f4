package io.minicrm.domain.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;

/**
 * The words campaigns are filed under: a vocabulary every workspace starts from, which a request extends with words of
 * the workspace's own, so that a mistyped tag is refused rather than filed apart.
 */
public final class CampaignTags {

    /** The vocabulary every workspace starts from. */
    public static final Set<String> STANDARD = Set.of(
            "announcement",
            "festive",
            "high-value",
            "local",
            "loyalty",
            "promotion",
            "reminder",
            "welcome",
            "win-back");

    /** The most tags one campaign is filed under. */
    public static final int MAX_TAGS = 20;

    /** The most words a request adds to the vocabulary, and the longest tag. */
    public static final int MAX_EXTENSION = 50;

    public static final int MAX_LENGTH = 50;

    private CampaignTags() {}

    /** A tag as the vocabulary writes it: trimmed and in lower case. */
    public static String normalised(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    /** The standard tags in order, then the extension's new words; every reason the extension is refused. */
    public static Either<Problem, List<String>> vocabulary(Collection<String> extension) {
        List<String> added = extension.stream().map(CampaignTags::normalised).toList();
        if (added.size() > MAX_EXTENSION || added.stream().anyMatch(tag -> !wellFormed(tag))) {
            return Either.left(Problem.Invalid.of(
                    "vocabulary",
                    "at most " + MAX_EXTENSION + " added tags, each 1 to " + MAX_LENGTH + " characters on one line"));
        }
        return Either.right(List.copyOf(new LinkedHashSet<>(
                Stream.concat(STANDARD.stream().sorted(), added.stream()).toList())));
    }

    /** The tags, normalised and sorted, if there are not too many and each is in the vocabulary. */
    static Either<Problem, SortedSet<String>> chosen(List<String> tags, List<String> vocabulary) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (tags.size() > MAX_TAGS) {
            violations.add(new Problem.Violation("tags", "a campaign has at most " + MAX_TAGS + " tags"));
        }
        for (int index = 0; index < tags.size(); index++) {
            String tag = normalised(tags.get(index));
            if (!vocabulary.contains(tag)) {
                violations.add(new Problem.Violation(
                        "tags[" + index + "]",
                        "'" + tag + "' is not in the vocabulary (" + String.join(", ", vocabulary)
                                + "); add it to the vocabulary to use it"));
            }
        }
        return violations.isEmpty()
                ? Either.right(
                        sorted(tags.stream().map(CampaignTags::normalised).toList()))
                : Either.left(new Problem.Invalid(violations));
    }

    /** The campaign's tags as kept: each well formed, at most {@link #MAX_TAGS}, sorted; throws otherwise. */
    static SortedSet<String> kept(Collection<String> tags) {
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(tag -> !tag.equals(normalised(tag)) || !wellFormed(tag))) {
            throw new IllegalArgumentException("a campaign has at most " + MAX_TAGS + " tags, each trimmed, in lower"
                    + " case and 1 to " + MAX_LENGTH + " characters: " + tags);
        }
        return sorted(tags);
    }

    private static boolean wellFormed(String tag) {
        return !tag.isEmpty() && tag.length() <= MAX_LENGTH && tag.codePoints().noneMatch(Character::isISOControl);
    }

    private static SortedSet<String> sorted(Collection<String> tags) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(tags));
    }
}
