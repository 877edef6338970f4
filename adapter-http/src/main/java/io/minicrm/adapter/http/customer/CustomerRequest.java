package io.minicrm.adapter.http.customer;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A customer as a client sends it; attributes are text, numbers, true/false or ISO date-times. The original system's
 * clients send {@code location} for the city and {@code externalId}, kept as the attribute {@code external_id}.
 */
@Serdeable
@Schema(example = """
        {"email":"ada@example.com","name":"Ada Lovelace","phone":"+91 98200 00000","city":"Pune",
        "tags":["vip","newsletter"],"attributes":{"tier":"gold","signup_score":87,"beta":true}}""")
public record CustomerRequest(
        String email,
        @Nullable String name,
        @Nullable String phone,
        @Nullable String city,
        @Nullable @Schema(description = "another name for city, as the original system's clients send it; "
                + "given with city, both must be the same")
        String location,
        @Nullable @Schema(description = "the customer's id in the original system, kept as the text attribute external_id; "
                + "the e-mail still decides which customer is updated")
        String externalId,
        @Nullable List<String> tags,
        @Nullable Map<String, Object> attributes) {
}
