package io.minicrm.adapter.kafka;

import java.util.OptionalLong;

/**
 * What a consumer handed out of one partition and what of that came back acknowledged. The offset to commit is the
 * lowest one still out, or the one after the last handed out: a record is committed only once it and every record
 * before it are done. A record may carry several items (a batch of receipts); what is in flight counts items, so that
 * a consumer's bound holds whatever its records carry. Offsets are handed out in increasing order, as a consumer
 * fetches them; they are kept in that order from the lowest still out, in a ring of primitives, since a busy
 * partition has thousands out at a time. Used by the consumer's thread alone.
 */
final class PartitionProgress {

    private long[] offsets = new long[64];
    private int[] items = new int[64];
    private boolean[] done = new boolean[64];
    private int head;
    private int size;
    private int out;
    private long next = -1;
    private long committed = -1;

    void handedOut(long offset, int carried) {
        if (size == offsets.length) {
            grow();
        }
        int at = (head + size) & (offsets.length - 1);
        offsets[at] = offset;
        items[at] = carried;
        done[at] = false;
        size++;
        out += carried;
        next = Math.max(next, offset + 1);
    }

    void acknowledged(long offset) {
        int at = find(offset);
        if (at < 0 || done[at]) {
            return;
        }
        done[at] = true;
        out -= items[at];
        while (size > 0 && done[head]) {
            head = (head + 1) & (offsets.length - 1);
            size--;
        }
    }

    /** Items of the records handed out and not yet acknowledged. */
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
        int[] moreItems = new int[offsets.length * 2];
        boolean[] moreDone = new boolean[offsets.length * 2];
        for (int index = 0; index < size; index++) {
            int at = (head + index) & (offsets.length - 1);
            moreOffsets[index] = offsets[at];
            moreItems[index] = items[at];
            moreDone[index] = done[at];
        }
        offsets = moreOffsets;
        items = moreItems;
        done = moreDone;
        head = 0;
    }
}
