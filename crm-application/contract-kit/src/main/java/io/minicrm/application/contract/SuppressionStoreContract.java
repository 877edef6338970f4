package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static io.minicrm.application.contract.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import io.minicrm.application.port.out.SuppressionStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.suppression.SuppressionReason;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * What every {@link SuppressionStore} does; an adapter's test extends it and gives a new, empty store from
 * {@link #newStore()}.
 */
public abstract class SuppressionStoreContract {

    private SuppressionStore store;

    protected abstract SuppressionStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private static Suppression suppression(
            WorkspaceId workspace, Channel channel, String address, SuppressionReason reason, long secondsLater) {
        return new Suppression(
                workspace, channel, address, reason, Optional.of("said so"), NOW.plusSeconds(secondsLater));
    }

    @Test
    void tells_which_of_some_addresses_are_suppressed_for_a_channel() {
        store.suppress(suppression(A, Channel.EMAIL, "a@example.com", SuppressionReason.UNSUBSCRIBED, 0))
                .block();
        store.suppress(suppression(A, Channel.SMS, "+919800000001", SuppressionReason.COMPLAINED, 1))
                .block();

        assertThat(store.suppressedAmong(A, Channel.EMAIL, List.of("a@example.com", "b@example.com", "+919800000001"))
                        .block())
                .containsExactly("a@example.com");
        assertThat(store.suppressedAmong(A, Channel.SMS, List.of("+919800000001"))
                        .block())
                .containsExactly("+919800000001");
        assertThat(store.suppressedAmong(A, Channel.EMAIL, List.of()).block()).isEmpty();
    }

    @Test
    void suppressing_again_keeps_the_first_reason_and_time() {
        Suppression first = suppression(A, Channel.EMAIL, "a@example.com", SuppressionReason.HARD_BOUNCED, 0);
        store.suppress(first).block();

        StepVerifier.create(store.suppress(
                        suppression(A, Channel.EMAIL, "a@example.com", SuppressionReason.UNSUBSCRIBED, 60)))
                .expectNext(first)
                .verifyComplete();
        assertThat(store.list(A, PageRequest.FIRST).block().items()).containsExactly(first);
    }

    @Test
    void lists_newest_first_and_counts_the_whole_list() {
        for (int n = 0; n < 5; n++) {
            store.suppress(suppression(A, Channel.EMAIL, "c" + n + "@example.com", SuppressionReason.UNSUBSCRIBED, n))
                    .block();
        }

        Page<Suppression> page = store.list(A, new PageRequest(1, 2)).block();

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(Suppression::address).containsExactly("c2@example.com", "c1@example.com");
    }

    @Test
    void a_lifted_suppression_no_longer_holds_and_lifting_it_again_finds_nothing() {
        store.suppress(suppression(A, Channel.EMAIL, "a@example.com", SuppressionReason.UNSUBSCRIBED, 0))
                .block();

        StepVerifier.create(store.lift(A, Channel.EMAIL, "a@example.com"))
                .expectNext(true)
                .verifyComplete();
        StepVerifier.create(store.lift(A, Channel.EMAIL, "a@example.com"))
                .expectNext(false)
                .verifyComplete();
        assertThat(store.suppressedAmong(A, Channel.EMAIL, List.of("a@example.com"))
                        .block())
                .isEmpty();
    }

    @Test
    void lifting_for_one_channel_leaves_the_other() {
        store.suppress(suppression(A, Channel.EMAIL, "same", SuppressionReason.UNSUBSCRIBED, 0))
                .block();
        store.suppress(suppression(A, Channel.SMS, "same", SuppressionReason.UNSUBSCRIBED, 0))
                .block();

        store.lift(A, Channel.SMS, "same").block();

        assertThat(store.suppressedAmong(A, Channel.EMAIL, List.of("same")).block())
                .containsExactly("same");
    }

    @Test
    void one_workspace_never_sees_or_lifts_another_workspaces_suppressions() {
        store.suppress(suppression(A, Channel.EMAIL, "a@example.com", SuppressionReason.UNSUBSCRIBED, 0))
                .block();

        assertThat(store.suppressedAmong(B, Channel.EMAIL, List.of("a@example.com"))
                        .block())
                .isEmpty();
        assertThat(store.list(B, PageRequest.FIRST).block().total()).isZero();
        assertThat(store.lift(B, Channel.EMAIL, "a@example.com").block()).isFalse();
        assertThat(store.suppressedAmong(A, Channel.EMAIL, List.of("a@example.com"))
                        .block())
                .containsExactly("a@example.com");
    }
}
