package io.minicrm.application.inmemory;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table's rows in the order they were added, for passes over every customer. A pass walks an array copy, taken
 * after rows were added or let go and kept until the next such change, so that passes take no lock, split evenly
 * between cores, and read the customers in about the order they were allocated (a hash map's order jumps across
 * the heap, and a million customers do not fit in the CPU's caches).
 */
final class CustomerRows {

    private final List<CustomerRow> rows;
    private int emptied;
    private volatile CustomerRow @Nullable [] copy;

    CustomerRows(int expected) {
        rows = new ArrayList<>(expected);
    }

    synchronized void add(CustomerRow row) {
        rows.add(row);
        copy = null;
    }

    /** Counts a row emptied; the empty rows are let go once they are half of them. */
    synchronized void emptied() {
        emptied++;
        if (emptied * 2 > rows.size()) {
            rows.removeIf(CustomerRow::isEmpty);
            emptied = 0;
            copy = null;
        }
    }

    /** Every row added and not let go, in the order added; some may be empty. The caller must not change it. */
    CustomerRow[] all() {
        CustomerRow[] current = copy;
        return current != null ? current : copied();
    }

    private synchronized CustomerRow[] copied() {
        CustomerRow[] current = copy;
        if (current == null) {
            current = rows.toArray(CustomerRow[]::new);
            copy = current;
        }
        return current;
    }
}
