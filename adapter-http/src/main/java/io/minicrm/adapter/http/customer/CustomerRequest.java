package io.minicrm.adapter.http.customer;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A customer as a client sends it; attributes are text, numbers, true/false or ISO date-times. */
@Serdeable
public record CustomerRequest(String email, @Nullable String name, @Nullable String phone, @Nullable String city,
                              @Nullable List<String> tags, @Nullable Map<String, Object> attributes) {
}
