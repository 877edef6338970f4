package io.minicrm.adapter.http.delivery;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One entry of a campaign's communication log: the message one customer was sent and how far it has got. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryResponse(
        String id,
        String campaignId,
        String customerId,
        String recipient,
        @Nullable String subject,
        String message,
        String status,
        int attempts,
        @Nullable String vendorId,
        @Nullable String failureReason,
        Instant createdAt,
        Instant updatedAt) {}
