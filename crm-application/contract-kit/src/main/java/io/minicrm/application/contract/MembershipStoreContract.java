package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static io.minicrm.application.contract.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.minicrm.application.port.out.MembershipStore;
import io.minicrm.application.port.shared.Invitation;
import io.minicrm.application.port.shared.Membership;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MembershipStore} does; an adapter's test extends it and gives a new, empty store from {@link #newStore()}. */
public abstract class MembershipStoreContract {

    private static final UserId ASHA = new UserId("asha");
    private static final UserId RAVI = new UserId("ravi");

    private MembershipStore store;

    protected abstract MembershipStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void a_saved_membership_is_found_in_its_workspace_only() {
        Membership owner = new Membership(A, ASHA, Role.OWNER, NOW);

        store.save(owner).block();

        assertThat(store.find(A, ASHA).block()).isEqualTo(owner);
        assertThat(store.find(B, ASHA).blockOptional()).isEmpty();
    }

    @Test
    void saving_again_changes_the_role() {
        store.save(new Membership(A, ASHA, Role.OWNER, NOW)).block();
        Membership viewer = new Membership(A, ASHA, Role.VIEWER, NOW);

        store.save(viewer).block();

        assertThat(store.ofWorkspace(A).collectList().block()).containsExactly(viewer);
    }

    @Test
    void lists_a_users_workspaces_and_a_workspaces_members_oldest_first() {
        Membership later = new Membership(A, ASHA, Role.MARKETER, NOW.plusSeconds(60));
        Membership earlier = new Membership(B, ASHA, Role.OWNER, NOW);
        Membership ravi = new Membership(A, RAVI, Role.OWNER, NOW.minusSeconds(60));
        store.save(later).then(store.save(earlier)).then(store.save(ravi)).block();

        assertThat(store.ofUser(ASHA).collectList().block()).containsExactly(earlier, later);
        assertThat(store.ofWorkspace(A).collectList().block()).containsExactly(ravi, later);
    }

    @Test
    void removing_says_whether_there_was_a_membership() {
        store.save(new Membership(A, ASHA, Role.VIEWER, NOW)).block();

        assertThat(store.remove(A, ASHA).block()).isTrue();
        assertThat(store.remove(A, ASHA).block()).isFalse();
        assertThat(store.find(A, ASHA).blockOptional()).isEmpty();
    }

    @Test
    void invitations_are_found_by_email_across_workspaces_and_by_workspace() {
        Invitation toA = new Invitation(A, "Ravi@Example.com", Role.VIEWER, ASHA, NOW);
        Invitation toB = new Invitation(B, "ravi@example.com", Role.MARKETER, ASHA, NOW.plusSeconds(1));
        store.invite(toA).then(store.invite(toB)).block();

        assertThat(store.invitationsFor("ravi@example.com").collectList().block())
                .containsExactly(toA, toB);
        assertThat(store.invitationsOf(B).collectList().block()).containsExactly(toB);
    }

    @Test
    void inviting_again_replaces_the_role_and_a_removed_invitation_is_gone() {
        store.invite(new Invitation(A, "ravi@example.com", Role.VIEWER, ASHA, NOW))
                .block();
        Invitation marketer = new Invitation(A, "ravi@example.com", Role.MARKETER, ASHA, NOW);

        store.invite(marketer).block();
        assertThat(store.invitationsOf(A).collectList().block()).containsExactly(marketer);

        store.removeInvitation(A, "ravi@example.com").block();
        assertThat(store.invitationsFor("ravi@example.com").collectList().block())
                .isEmpty();
    }
}
