package io.minicrm.adapter.http.customer;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A customer as a client sends it; attributes are text, numbers, true/false or ISO date-times. */
@Serdeable
@Schema(example = """
        {"email":"ada@example.com","name":"Ada Lovelace","phone":"+91 98200 00000","city":"Pune",
        "tags":["vip","newsletter"],"attributes":{"tier":"gold","signup_score":87,"beta":true}}""")
public record CustomerRequest(String email, @Nullable String name, @Nullable String phone, @Nullable String city,
                              @Nullable List<String> tags, @Nullable Map<String, Object> attributes) {
}
