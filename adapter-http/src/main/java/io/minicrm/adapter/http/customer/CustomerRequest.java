package io.minicrm.adapter.http.customer;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.TextLimits.Lengths;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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
        @Schema(maxLength = Email.MAX_LENGTH, requiredMode = Schema.RequiredMode.REQUIRED)
        String email,

        @Nullable @Schema(maxLength = Lengths.CUSTOMER_NAME) String name,
        @Nullable @Schema(maxLength = Lengths.PHONE) String phone,
        @Nullable @Schema(maxLength = Lengths.CITY) String city,

        @Nullable
        @Schema(
                maxLength = Lengths.CITY,
                description = "another name for city, as the original system's clients "
                        + "send it; given with city, both must be the same")
        String location,

        @Nullable
        @Schema(
                maxLength = Lengths.ATTRIBUTE_TEXT,
                description = "the customer's id in the original system, kept "
                        + "as the text attribute external_id; the e-mail still decides which customer is updated")
        String externalId,

        @Nullable @ArraySchema(maxItems = Profile.MAX_TAGS, schema = @Schema(maxLength = Lengths.TAG))
        List<String> tags,

        @Nullable
        @Schema(
                maxProperties = Profile.MAX_ATTRIBUTES,
                description = "text of at most " + Lengths.ATTRIBUTE_TEXT + " characters, numbers (" + NumberLimits.RULE
                        + ") or true/false")
        Map<String, Object> attributes) {}
