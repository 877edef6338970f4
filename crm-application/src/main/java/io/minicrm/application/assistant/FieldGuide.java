package io.minicrm.application.assistant;

import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.FieldType;
import io.minicrm.domain.segment.StandardField;

/**
 * The part of a prompt that teaches a model the rule language: the workspace's fields with their types and operators
 * (names only, never a customer's values) and the text syntax's grammar.
 */
final class FieldGuide {

    static final String GRAMMAR = """
            Rule text syntax:
              rule      := or
              or        := and ("or" and)*
              and       := unary ("and" unary)*
              unary     := "not" unary | "(" rule ")" | condition | "all()" | "any()"
              condition := field operator value
            Operators by type:
              number:    = != < <= > >= | between A and B | in (A, B) | is set
              money:     = != < <= > >= | between A and B | is set   (plain numbers in the workspace currency)
              text:      = "x" | != "x" | in ("a", "b") | contains "x" | starts with "x" | is set
              date-time: = 2026-01-31 | before D | after D | between D and D | within the last N days
                         | more than N days ago | is set   (D is a date or "N days ago")
              tags:      has any ("a", "b") | has all ("a", "b") | is set
              boolean:   = true | != false | is set
            "and" binds tighter than "or"; texts are double-quoted; tags are lower case.
            Examples:
              total_spend > 5000 and last_order_at more than 180 days ago
              city in ("Mumbai", "Pune") and not tags has any ("churned")
              order_count >= 3 or last_order_at within the last 30 days
            """;

    private FieldGuide() {}

    static String fields(FieldCatalogue catalogue, Currency currency) {
        Stream<String> standard =
                Stream.of(StandardField.values()).map(field -> line(field.fieldName(), field.type(), currency));
        Stream<String> custom = catalogue.attributes().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(entry -> line(FieldCatalogue.ATTRIBUTE_PREFIX + entry.getKey(), entry.getValue(), currency));
        return Stream.concat(standard, custom).collect(Collectors.joining("\n", "Fields:\n", "\n"));
    }

    private static String line(String name, FieldType type, Currency currency) {
        String kind = switch (type) {
            case NUMBER -> "number";
            case MONEY -> "money in " + currency.getCurrencyCode();
            case TEXT -> "text";
            case DATETIME -> "date-time";
            case TAGS -> "tags";
            case BOOLEAN -> "boolean";
        };
        return "  " + name + " (" + kind + ")";
    }
}
