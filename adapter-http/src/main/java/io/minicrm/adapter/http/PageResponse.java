package io.minicrm.adapter.http;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.application.port.shared.Page;

/** One page of a listing: its items, where it is, and how many there are in all. */
@Serdeable
// An empty page is an answer: its items are [], and no other field is ever left out.
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(
                page.items().stream().map(mapper).toList(),
                page.request().page(),
                page.request().size(),
                page.total());
    }
}
