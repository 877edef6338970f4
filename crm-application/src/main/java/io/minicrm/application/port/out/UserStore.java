package io.minicrm.application.port.out;

import io.minicrm.application.port.shared.User;
import io.minicrm.application.port.shared.UserId;
import reactor.core.publisher.Mono;

/** Keeps the people who have signed in, found by id or by their identity provider's issuer and subject. */
public interface UserStore {

    /**
     * Stores the user unless one with the same issuer and subject is already there; emits whichever is stored, so two
     * first sign-ins at once make one user.
     */
    Mono<User> insertIfAbsent(User user);

    /** Empty when no such user. */
    Mono<User> findById(UserId id);

    /** Empty when nobody has signed in with this issuer and subject. */
    Mono<User> findBySubject(String issuer, String subject);
}
