package io.minicrm.adapter.http;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.shared.Problem;
import reactor.core.publisher.Mono;

/** Reads the {@code page} and {@code size} query parameters every listing takes. */
public final class Paging {

    private Paging() {}

    public static Mono<PageRequest> of(int page, int size) {
        if (page < 0) {
            return CrmException.refuse(Problem.Invalid.of("page", "pages count from 0, not " + page));
        }
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            return CrmException.refuse(
                    Problem.Invalid.of("size", "a page holds 1 to " + PageRequest.MAX_SIZE + " items, not " + size));
        }
        return Mono.just(new PageRequest(page, size));
    }
}
