package io.minicrm.adapter.kafka;

import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * What a consumer handed out of one partition and what of that came back acknowledged. The offset to commit is the
 * lowest one still out, or the one after the last handed out: a record is committed only once it and every record
 * before it are done. Used by the consumer's thread alone.
 */
final class PartitionProgress {

    private final TreeSet<Long> out = new TreeSet<>();
    private long next = -1;
    private long committed = -1;

    void handedOut(long offset) {
        out.add(offset);
        next = Math.max(next, offset + 1);
    }

    void acknowledged(long offset) {
        out.remove(offset);
    }

    int inFlight() {
        return out.size();
    }

    /** The offset to commit, when it is past the last one committed. */
    OptionalLong committable() {
        long upTo = out.isEmpty() ? next : out.first();
        return upTo > committed ? OptionalLong.of(upTo) : OptionalLong.empty();
    }

    void committed(long offset) {
        committed = Math.max(committed, offset);
    }
}
