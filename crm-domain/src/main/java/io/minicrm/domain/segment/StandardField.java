package io.minicrm.domain.segment;

import java.util.Arrays;
import java.util.Optional;

/** The customer fields every workspace can segment on. */
public enum StandardField {
    EMAIL("email", FieldType.TEXT),
    NAME("name", FieldType.TEXT),
    PHONE("phone", FieldType.TEXT),
    CITY("city", FieldType.TEXT),
    TAGS("tags", FieldType.TAGS),
    CREATED_AT("created_at", FieldType.DATETIME),
    TOTAL_SPEND("total_spend", FieldType.MONEY),
    ORDER_COUNT("order_count", FieldType.NUMBER),
    FIRST_ORDER_AT("first_order_at", FieldType.DATETIME),
    LAST_ORDER_AT("last_order_at", FieldType.DATETIME),
    DAYS_SINCE_LAST_ORDER("days_since_last_order", FieldType.NUMBER),
    /** Whether the customer opted out of the workspace's messages ({@link OptOuts}); never absent. */
    UNSUBSCRIBED("unsubscribed", FieldType.BOOLEAN);

    private final String fieldName;
    private final FieldType type;

    StandardField(String fieldName, FieldType type) {
        this.fieldName = fieldName;
        this.type = type;
    }

    public String fieldName() {
        return fieldName;
    }

    public FieldType type() {
        return type;
    }

    public static Optional<StandardField> named(String name) {
        return Arrays.stream(values())
                .filter(field -> field.fieldName.equals(name))
                .findFirst();
    }
}
