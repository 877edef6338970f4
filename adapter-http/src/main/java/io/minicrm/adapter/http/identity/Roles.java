package io.minicrm.adapter.http.identity;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.Role;
import io.minicrm.domain.shared.Problem;
import reactor.core.publisher.Mono;

/** Reads a role's wire name, refusing any other word with the list of roles. */
final class Roles {

    private Roles() {}

    static Mono<Role> parse(String field, String name) {
        return Role.ofWireName(name == null ? "" : name)
                .map(Mono::just)
                .orElseGet(() -> CrmException.refuse(
                        Problem.Invalid.of(field, "a role is one of owner, marketer, viewer; not '" + name + "'")));
    }
}
