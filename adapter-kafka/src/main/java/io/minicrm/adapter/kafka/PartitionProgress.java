package io.minicrm.adapter.kafka;

import java.util.OptionalLong;

/**
 * What a consumer handed out of one partition and what of that came back acknowledged. The offset to commit is the
 * lowest one still out, or the one after the last handed out: a record is committed only once it and every record
 * before it are done. Offsets are handed out in increasing order, as a consumer fetches them; they are kept in that
 * order from the lowest still out, in a ring of primitives, since a busy partition has thousands out at a time. Used
 * by the consumer's thread alone.
 */
final class PartitionProgress {

    private long[] offsets = new long[64];
    private boolean[] done = new boolean[64];
    private int head;
    private int size;
    private int out;
    private long next = -1;
    private long committed = -1;

    void handedOut(long offset) {
        if (size == offsets.length) {
            grow();
        }
        int at = (head + size) & (offsets.length - 1);
        offsets[at] = offset;
        done[at] = false;
        size++;
        out++;
        next = Math.max(next, offset + 1);
    }

    void acknowledged(long offset) {
        int at = find(offset);
        if (at < 0 || done[at]) {
            return;
        }
        done[at] = true;
        out--;
        while (size > 0 && done[head]) {
            head = (head + 1) & (offsets.length - 1);
            size--;
        }
    }

    int inFlight() {
        return out;
    }

    /** The offset to commit, when it is past the last one committed. */
    OptionalLong committable() {
        long upTo = size == 0 ? next : offsets[head];
        return upTo > committed ? OptionalLong.of(upTo) : OptionalLong.empty();
    }

    void committed(long offset) {
        committed = Math.max(committed, offset);
    }

    /** Where the offset is kept, by binary search over the ring's sorted offsets; -1 if it is not out. */
    private int find(long offset) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long found = offsets[(head + middle) & (offsets.length - 1)];
            if (found < offset) {
                low = middle + 1;
            } else if (found > offset) {
                high = middle - 1;
            } else {
                return (head + middle) & (offsets.length - 1);
            }
        }
        return -1;
    }

    private void grow() {
        long[] moreOffsets = new long[offsets.length * 2];
        boolean[] moreDone = new boolean[offsets.length * 2];
        for (int index = 0; index < size; index++) {
            moreOffsets[index] = offsets[(head + index) & (offsets.length - 1)];
            moreDone[index] = done[(head + index) & (offsets.length - 1)];
        }
        offsets = moreOffsets;
        done = moreDone;
        head = 0;
    }
}
