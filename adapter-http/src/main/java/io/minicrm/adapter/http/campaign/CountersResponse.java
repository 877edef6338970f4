package io.minicrm.adapter.http.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How a campaign's deliveries stand: {@code pending + sent + delivered + failed + skipped + suppressed == audience},
 * where skipped customers are those the channel cannot reach and suppressed ones those on the suppression list; the
 * success rate is the share of settled deliveries that did not fail, absent while none has settled.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CountersResponse(
        long audience,
        long pending,
        long sent,
        long delivered,
        long failed,
        long skipped,
        long suppressed,
        @Nullable Double successRate) {}
