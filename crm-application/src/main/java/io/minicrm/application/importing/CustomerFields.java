package io.minicrm.application.importing;

import java.util.List;

/** The columns a customer file may have; the name falls back to first and last name joined. */
final class CustomerFields {

    static final Field EMAIL = Field.required("email", "e-mail", "email_address", "mail");
    static final Field NAME = Field.optional("name", "full_name", "customer_name");
    static final Field FIRST_NAME = Field.optional("first_name", "firstname", "given_name");
    static final Field LAST_NAME = Field.optional("last_name", "lastname", "surname", "family_name");
    static final Field PHONE = Field.optional("phone", "mobile", "phone_number");
    static final Field CITY = Field.optional("city", "town", "location");
    static final Field TAGS = Field.optional("tags");
    static final Field CREATED_AT = Field.optional("created_at", "signup_date");
    static final Field TOTAL_SPEND = Field.optional("total_spend", "spend", "totalspend");
    static final Field VISITS = Field.optional("visits", "order_count", "orders");
    static final Field LAST_ORDER_AT = Field.optional("last_order_at", "last_visit");

    static final List<Field> ALL = List.of(
            EMAIL, NAME, FIRST_NAME, LAST_NAME, PHONE, CITY, TAGS, CREATED_AT, TOTAL_SPEND, VISITS, LAST_ORDER_AT);

    private CustomerFields() {}
}
