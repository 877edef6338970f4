package io.minicrm.application.inmemory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.minicrm.application.port.out.UserStore;
import io.minicrm.application.port.shared.User;
import io.minicrm.application.port.shared.UserId;
import reactor.core.publisher.Mono;

/** Keeps users in memory, one per issuer and subject. */
public final class InMemoryUserStore implements UserStore {

    private final Map<Subject, User> bySubject = new ConcurrentHashMap<>();
    private final Map<UserId, User> byId = new ConcurrentHashMap<>();

    @Override
    public Mono<User> insertIfAbsent(User user) {
        return Mono.fromSupplier(() -> bySubject.computeIfAbsent(new Subject(user.issuer(), user.subject()), key -> {
            byId.put(user.id(), user);
            return user;
        }));
    }

    @Override
    public Mono<User> findById(UserId id) {
        return Mono.fromSupplier(() -> byId.get(id));
    }

    @Override
    public Mono<User> findBySubject(String issuer, String subject) {
        return Mono.fromSupplier(() -> bySubject.get(new Subject(issuer, subject)));
    }

    private record Subject(String issuer, String subject) {}
}
