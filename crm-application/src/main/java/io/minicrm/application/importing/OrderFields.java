package io.minicrm.application.importing;

import java.util.List;

/** The columns an order file may have; the external reference is the shop's own order number. */
final class OrderFields {

    static final Field EXTERNAL_REF =
            Field.required("order_id", "external_ref", "order_ref", "id", "order_external_id");
    static final Field CUSTOMER_EMAIL = Field.required("customer_email", "email", "customer", "customer_identifier");
    static final Field AMOUNT = Field.required("amount", "total", "order_amount", "total_amount");
    static final Field CURRENCY = Field.optional("currency");
    static final Field PLACED_AT = Field.optional("placed_at", "order_date", "date", "created_at");
    static final Field ITEMS = Field.optional("items");

    static final List<Field> ALL = List.of(EXTERNAL_REF, CUSTOMER_EMAIL, AMOUNT, CURRENCY, PLACED_AT, ITEMS);

    private OrderFields() {}
}
