package io.minicrm.application.importing;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct text of a column whose values repeat (cities, tags), so that a million imported customers
 * keep a few dozen strings rather than a million copies. It stops learning new texts past a bound, so a column that
 * does not repeat costs no more than a fixed table.
 */
final class SharedTexts {

    private static final int MOST_KEPT = 4_096;

    private final Map<String, String> known = new HashMap<>();

    String of(String text) {
        String shared = known.get(text);
        if (shared != null) {
            return shared;
        }
        if (known.size() < MOST_KEPT) {
            known.put(text, text);
        }
        return text;
    }
}
