package io.minicrm.adapter.http.insight;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The figures a workspace's home page shows: every campaign status is counted, zero included; the delivery success
 * rate is the share of settled deliveries that did not fail, absent while none has settled.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DashboardResponse(
        long customers,
        long newCustomersThisWeek,
        long orders,
        BigDecimal revenue,
        String currency,
        Map<String, Long> campaignsByStatus,
        @Nullable Double deliverySuccessRate) {}
