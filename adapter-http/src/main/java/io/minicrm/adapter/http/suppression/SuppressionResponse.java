package io.minicrm.adapter.http.suppression;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.domain.suppression.Suppression;

/** An address the workspace no longer messages over a channel, why (UNSUBSCRIBED, HARD_BOUNCED, COMPLAINED) and since when. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SuppressionResponse(
        String channel,
        String address,
        String reason,
        @Nullable String detail,
        Instant since) {

    static SuppressionResponse of(Suppression suppression) {
        return new SuppressionResponse(
                suppression.channel().name(),
                suppression.address(),
                suppression.reason().name(),
                suppression.detail().orElse(null),
                suppression.since());
    }
}
