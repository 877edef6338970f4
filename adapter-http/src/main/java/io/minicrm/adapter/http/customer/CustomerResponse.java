package io.minicrm.adapter.http.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A customer with the figures their orders add up to. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerResponse(
        String id,
        String email,
        @Nullable String name,
        @Nullable String phone,
        @Nullable String city,
        List<String> tags,
        Map<String, Object> attributes,
        BigDecimal totalSpend,
        String currency,
        int orderCount,
        @Nullable Instant firstOrderAt,
        @Nullable Instant lastOrderAt,
        Instant createdAt,
        Instant updatedAt) {}
