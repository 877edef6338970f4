package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static io.minicrm.application.contract.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import io.minicrm.application.port.out.TokenStore;
import io.minicrm.application.port.shared.ApiToken;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.TokenId;
import io.minicrm.application.port.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TokenStore} does; an adapter's test extends it and gives a new, empty store from {@link #newStore()}. */
public abstract class TokenStoreContract {

    private TokenStore store;

    protected abstract TokenStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private static ApiToken token(String id, String hash, int secondsAfter) {
        return new ApiToken(
                new TokenId(id),
                A,
                Role.MARKETER,
                "ci " + id,
                hash,
                new UserId("asha"),
                NOW.plusSeconds(secondsAfter),
                NOW.plusSeconds(86_400),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void a_saved_token_is_found_by_its_hash_whole() {
        ApiToken token = token("t1", "hash-1", 0);

        store.save(token).block();

        assertThat(store.findByHash("hash-1").block()).isEqualTo(token);
        assertThat(store.findByHash("hash-2").blockOptional()).isEmpty();
    }

    @Test
    void lists_a_workspaces_tokens_newest_first() {
        ApiToken older = token("t1", "h1", 0);
        ApiToken newer = token("t2", "h2", 10);
        store.save(older).then(store.save(newer)).block();

        assertThat(store.ofWorkspace(A).collectList().block()).containsExactly(newer, older);
        assertThat(store.ofWorkspace(B).collectList().block()).isEmpty();
    }

    @Test
    void revoking_keeps_the_first_time_and_another_workspace_cannot_revoke() {
        store.save(token("t1", "h1", 0)).block();

        assertThat(store.revoke(B, new TokenId("t1"), NOW).blockOptional()).isEmpty();
        ApiToken revoked =
                store.revoke(A, new TokenId("t1"), NOW.plusSeconds(5)).block();
        ApiToken again = store.revoke(A, new TokenId("t1"), NOW.plusSeconds(9)).block();

        assertThat(revoked.revokedAt()).contains(NOW.plusSeconds(5));
        assertThat(again.revokedAt()).contains(NOW.plusSeconds(5));
        assertThat(store.findByHash("h1").block().revokedAt()).contains(NOW.plusSeconds(5));
    }

    @Test
    void touching_records_the_last_use() {
        store.save(token("t1", "h1", 0)).block();

        store.touch(new TokenId("t1"), NOW.plusSeconds(30)).block();

        assertThat(store.findByHash("h1").block().lastUsedAt()).contains(NOW.plusSeconds(30));
    }
}
