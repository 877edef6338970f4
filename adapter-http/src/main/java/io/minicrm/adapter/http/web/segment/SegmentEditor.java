package io.minicrm.adapter.http.web.segment;

import io.micronaut.core.annotation.Nullable;

/**
 * What the rule builder page starts from: the segment's id (none for a new one), name, description, its rule in the
 * API's JSON form, and the fields the builder offers, as JSON for the {@code <rule-builder>} element to read.
 */
public record SegmentEditor(@Nullable String id, String name, String description, String ruleJson, String fieldsJson) {

    public boolean isNew() {
        return id == null;
    }
}
