package io.minicrm.adapter.embedded;

import java.util.List;

import io.minicrm.adapter.embedded.Table.Touched;
import io.minicrm.application.inmemory.InMemoryUserStore;
import io.minicrm.application.port.out.UserStore;
import io.minicrm.application.port.shared.User;
import io.minicrm.application.port.shared.UserId;
import reactor.core.publisher.Mono;

/** Keeps users in the embedded file; the in-memory store it loaded at start answers every read. */
final class EmbeddedUserStore implements UserStore {

    private final InMemoryUserStore memory;
    private final Table<User> table;

    EmbeddedUserStore(InMemoryUserStore memory, Table<User> table) {
        this.memory = memory;
        this.table = table;
    }

    static String key(User user) {
        return user.id().value();
    }

    @Override
    public Mono<User> insertIfAbsent(User user) {
        return table.write(
                memory.insertIfAbsent(user),
                stored -> stored.map(kept -> List.of(new Touched<>(key(kept), Mono.just(kept))))
                        .orElse(List.of()));
    }

    @Override
    public Mono<User> findById(UserId id) {
        return memory.findById(id);
    }

    @Override
    public Mono<User> findBySubject(String issuer, String subject) {
        return memory.findBySubject(issuer, subject);
    }
}
