package io.minicrm.adapter.http.segment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A segment as a client defines it; its rule is text such as {@code "total_spend > 5000"} or a JSON rule object. */
@Serdeable
@Schema(example = """
        {"name":"Big spenders gone quiet","description":"Spent over 5000, no order for 90 days",
        "rule":"total_spend > 5000 and last_order_at more than 90 days ago"}""")
public record SegmentRequest(@Nullable String name, @Nullable String description, @Nullable Object rule) {
}
