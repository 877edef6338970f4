package io.minicrm.adapter.embedded;

import java.util.List;

import io.minicrm.adapter.embedded.Table.Touched;
import io.minicrm.application.inmemory.InMemoryMembershipStore;
import io.minicrm.application.port.out.MembershipStore;
import io.minicrm.application.port.shared.Invitation;
import io.minicrm.application.port.shared.Membership;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps memberships and invitations in the embedded file; the in-memory store it loaded at start answers every read.
 */
final class EmbeddedMembershipStore implements MembershipStore {

    private final InMemoryMembershipStore memory;
    private final Table<Membership> members;
    private final Table<Invitation> invitations;

    EmbeddedMembershipStore(InMemoryMembershipStore memory, Table<Membership> members, Table<Invitation> invitations) {
        this.memory = memory;
        this.members = members;
        this.invitations = invitations;
    }

    @Override
    public Mono<Membership> save(Membership membership) {
        return members.write(
                memory.save(membership), saved -> List.of(member(membership.workspace(), membership.user())));
    }

    @Override
    public Mono<Membership> find(WorkspaceId workspace, UserId user) {
        return memory.find(workspace, user);
    }

    @Override
    public Flux<Membership> ofUser(UserId user) {
        return memory.ofUser(user);
    }

    @Override
    public Flux<Membership> ofWorkspace(WorkspaceId workspace) {
        return memory.ofWorkspace(workspace);
    }

    @Override
    public Mono<Boolean> remove(WorkspaceId workspace, UserId user) {
        return members.write(memory.remove(workspace, user), removed -> List.of(member(workspace, user)));
    }

    @Override
    public Mono<Invitation> invite(Invitation invitation) {
        return invitations.write(
                memory.invite(invitation), stored -> List.of(invitation(invitation.workspace(), invitation.email())));
    }

    @Override
    public Flux<Invitation> invitationsFor(String email) {
        return memory.invitationsFor(email);
    }

    @Override
    public Flux<Invitation> invitationsOf(WorkspaceId workspace) {
        return memory.invitationsOf(workspace);
    }

    @Override
    public Mono<Void> removeInvitation(WorkspaceId workspace, String email) {
        return invitations.write(
                memory.removeInvitation(workspace, email), removed -> List.of(invitation(workspace, email)));
    }

    private Touched<Membership> member(WorkspaceId workspace, UserId user) {
        return new Touched<>(Table.key(workspace, user.value()), memory.find(workspace, user));
    }

    private Touched<Invitation> invitation(WorkspaceId workspace, String email) {
        return new Touched<>(
                Table.key(workspace, email),
                memory.invitationsOf(workspace)
                        .filter(invitation -> invitation.email().equals(email))
                        .next());
    }
}
