package io.minicrm.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import io.minicrm.application.port.out.MembershipStore;
import io.minicrm.application.port.shared.Invitation;
import io.minicrm.application.port.shared.Membership;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps memberships and invitations in memory. */
public final class InMemoryMembershipStore implements MembershipStore {

    private static final Comparator<Membership> OLDEST_FIRST = Comparator.comparing(Membership::since)
            .thenComparing(m -> m.workspace().value())
            .thenComparing(m -> m.user().value());

    private final Map<MemberKey, Membership> members = new ConcurrentHashMap<>();
    private final Map<InvitationKey, Invitation> invitations = new ConcurrentHashMap<>();

    @Override
    public Mono<Membership> save(Membership membership) {
        return Mono.fromSupplier(() -> {
            members.put(new MemberKey(membership.workspace(), membership.user()), membership);
            return membership;
        });
    }

    @Override
    public Mono<Membership> find(WorkspaceId workspace, UserId user) {
        return Mono.fromSupplier(() -> members.get(new MemberKey(workspace, user)));
    }

    @Override
    public Flux<Membership> ofUser(UserId user) {
        return sorted(m -> m.user().equals(user));
    }

    @Override
    public Flux<Membership> ofWorkspace(WorkspaceId workspace) {
        return sorted(m -> m.workspace().equals(workspace));
    }

    private Flux<Membership> sorted(Predicate<Membership> which) {
        return Flux.defer(() -> Flux.fromIterable(
                members.values().stream().filter(which).sorted(OLDEST_FIRST).toList()));
    }

    @Override
    public Mono<Boolean> remove(WorkspaceId workspace, UserId user) {
        return Mono.fromSupplier(() -> members.remove(new MemberKey(workspace, user)) != null);
    }

    @Override
    public Mono<Invitation> invite(Invitation invitation) {
        return Mono.fromSupplier(() -> {
            invitations.put(new InvitationKey(invitation.workspace(), invitation.email()), invitation);
            return invitation;
        });
    }

    @Override
    public Flux<Invitation> invitationsFor(String email) {
        return invitations(i -> i.email().equals(email));
    }

    @Override
    public Flux<Invitation> invitationsOf(WorkspaceId workspace) {
        return invitations(i -> i.workspace().equals(workspace));
    }

    private Flux<Invitation> invitations(Predicate<Invitation> which) {
        return Flux.defer(() -> Flux.fromIterable(List.copyOf(invitations.values())))
                .filter(which)
                .sort(Comparator.comparing(Invitation::at).thenComparing(Invitation::email));
    }

    @Override
    public Mono<Void> removeInvitation(WorkspaceId workspace, String email) {
        return Mono.fromRunnable(() -> invitations.remove(new InvitationKey(workspace, email)));
    }

    private record MemberKey(WorkspaceId workspace, UserId user) {}

    private record InvitationKey(WorkspaceId workspace, String email) {}
}
