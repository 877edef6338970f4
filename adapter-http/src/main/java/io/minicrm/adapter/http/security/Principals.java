package io.minicrm.adapter.http.security;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * How each kind of principal travels in Micronaut's {@link Authentication}: the local owner and an API token carry
 * their access whole; a session carries only the user's id (its subject), whose workspace is chosen per request.
 */
final class Principals {

    static final String KIND = "crm_kind";
    static final String WORKSPACE = "crm_workspace";
    static final String ROLE = "crm_role";
    static final String USER = "crm_user";
    static final UserId LOCAL_OWNER = new UserId("local");
    /** When a session's user signed in, in epoch seconds: kept through renewals, which never outlast a maximum. */
    static final String SIGNED_IN = "crm_signed_in";

    private Principals() {}

    static Authentication local() {
        return carrying(Access.ofUser(LOCAL_OWNER, WorkspaceId.DEFAULT, Role.OWNER), "local");
    }

    static Authentication token(Access access) {
        return carrying(access, "token");
    }

    private static Authentication carrying(Access access, String kind) {
        return Authentication.build(
                access.actor(),
                List.of(),
                Map.of(
                        KIND,
                        kind,
                        USER,
                        access.user().value(),
                        WORKSPACE,
                        access.workspace().value(),
                        ROLE,
                        access.role().wireName()));
    }

    /** The access a local or token principal carries; empty for a session, whose access depends on the request. */
    static Optional<Access> carriedAccess(Authentication authentication) {
        Map<String, Object> attributes = authentication.getAttributes();
        if (!(attributes.get(KIND) instanceof String)) {
            return Optional.empty();
        }
        return Role.ofWireName(String.valueOf(attributes.get(ROLE)))
                .map(role -> new Access(
                        authentication.getName(),
                        new UserId(String.valueOf(attributes.get(USER))),
                        new WorkspaceId(String.valueOf(attributes.get(WORKSPACE))),
                        role,
                        ""));
    }

    /** When the session's user signed in: its own claim, else (a session made before renewal) when it was issued. */
    static Optional<Instant> signedIn(Authentication session) {
        Object claim = session.getAttributes().get(SIGNED_IN);
        return claim == null ? instant(session, "iat") : epochSeconds(claim);
    }

    /** A standard JWT time claim ({@code iat}, {@code exp}) of a session. */
    static Optional<Instant> instant(Authentication session, String claim) {
        return epochSeconds(session.getAttributes().get(claim));
    }

    private static Optional<Instant> epochSeconds(@Nullable Object claim) {
        return switch (claim) {
            case Date date -> Optional.of(date.toInstant());
            case Number seconds -> Optional.of(Instant.ofEpochSecond(seconds.longValue()));
            case null, default -> Optional.empty();
        };
    }

    static boolean isSession(Authentication authentication) {
        return !(authentication.getAttributes().get(KIND) instanceof String);
    }
}
