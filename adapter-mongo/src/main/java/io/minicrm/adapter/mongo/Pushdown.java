package io.minicrm.adapter.mongo;

import java.util.List;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A MongoDB filter for a rule: exactly the rule's customers when {@code exact}, otherwise a superset of them that the
 * domain evaluator narrows down after the query.
 */
record Pushdown(Bson filter, boolean exact) {

    static final Pushdown EVERYONE = new Pushdown(new Document(), true);
    static final Pushdown NO_ONE = new Pushdown(Filters.in("_id", List.of()), true);
    /** What a part of a rule the translator cannot express leaves to the evaluator. */
    static final Pushdown UNKNOWN = new Pushdown(new Document(), false);

    static Pushdown exactly(Bson filter) {
        return new Pushdown(filter, true);
    }

    boolean matchesEveryone() {
        return filter instanceof Document document && document.isEmpty();
    }
}
