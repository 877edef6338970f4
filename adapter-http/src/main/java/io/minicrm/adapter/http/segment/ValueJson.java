package io.minicrm.adapter.http.segment;

import java.util.LinkedHashMap;
import java.util.Map;

import io.minicrm.domain.segment.Value;

/** Writes the value of a condition in the JSON form {@link ValueJsonReader} reads back. */
final class ValueJson {

    static final String DATE = "date";
    static final String DAYS_AGO = "daysAgo";
    static final String FROM = "from";
    static final String TO = "to";

    private ValueJson() {}

    static Object write(Value value) {
        return switch (value) {
            // Only an ill-typed rule, which no segment keeps, nests "no value" inside a list or range.
            case Value.None none -> null;
            case Value.Decimal decimal -> decimal.number();
            case Value.Text text -> text.text();
            case Value.Flag flag -> flag.flag();
            case Value.Day day -> Map.of(DATE, day.date().toString());
            case Value.DaysAgo daysAgo -> Map.of(DAYS_AGO, daysAgo.days());
            case Value.Many many -> many.items().stream().map(ValueJson::write).toList();
            case Value.Range range -> range(range);
        };
    }

    private static Map<String, Object> range(Value.Range range) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(FROM, write(range.from()));
        json.put(TO, write(range.to()));
        return json;
    }
}
