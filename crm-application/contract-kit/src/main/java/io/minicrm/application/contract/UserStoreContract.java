package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.minicrm.application.port.out.UserStore;
import io.minicrm.application.port.shared.User;
import io.minicrm.application.port.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserStore} does; an adapter's test extends it and gives a new, empty store from {@link #newStore()}. */
public abstract class UserStoreContract {

    private UserStore store;

    protected abstract UserStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private static User user(String id, String issuer, String subject) {
        return new User(new UserId(id), issuer, subject, subject + "@example.com", "Asha Rao", NOW);
    }

    @Test
    void an_inserted_user_is_found_by_id_and_by_issuer_and_subject() {
        User asha = user("u1", "https://accounts.google.com", "asha");

        assertThat(store.insertIfAbsent(asha).block()).isEqualTo(asha);

        assertThat(store.findById(asha.id()).block()).isEqualTo(asha);
        assertThat(store.findBySubject("https://accounts.google.com", "asha").block())
                .isEqualTo(asha);
    }

    @Test
    void a_second_user_with_the_same_issuer_and_subject_is_not_stored_and_the_first_is_returned() {
        User first = user("u1", "https://issuer", "asha");
        User second = user("u2", "https://issuer", "asha");

        store.insertIfAbsent(first).block();

        assertThat(store.insertIfAbsent(second).block()).isEqualTo(first);
        assertThat(store.findById(second.id()).blockOptional()).isEmpty();
    }

    @Test
    void the_same_subject_at_another_issuer_is_another_user() {
        store.insertIfAbsent(user("u1", "https://google", "42")).block();
        User keycloak = user("u2", "https://keycloak", "42");

        assertThat(store.insertIfAbsent(keycloak).block()).isEqualTo(keycloak);
        assertThat(store.findBySubject("https://keycloak", "42").block()).isEqualTo(keycloak);
    }

    @Test
    void an_unknown_user_is_empty() {
        assertThat(store.findById(new UserId("nobody")).blockOptional()).isEmpty();
        assertThat(store.findBySubject("https://issuer", "nobody").blockOptional())
                .isEmpty();
    }
}
