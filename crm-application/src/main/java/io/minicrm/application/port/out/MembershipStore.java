package io.minicrm.application.port.out;

import io.minicrm.application.port.shared.Invitation;
import io.minicrm.application.port.shared.Membership;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps who belongs to which workspace in which role, and the invitations not yet taken up. */
public interface MembershipStore {

    /** Inserts the membership, or replaces the user's role in that workspace. */
    Mono<Membership> save(Membership membership);

    /** Empty when the user is not a member of the workspace. */
    Mono<Membership> find(WorkspaceId workspace, UserId user);

    /** The user's memberships, oldest first. */
    Flux<Membership> ofUser(UserId user);

    /** The workspace's members, oldest first. */
    Flux<Membership> ofWorkspace(WorkspaceId workspace);

    /** Emits whether there was such a membership to remove. */
    Mono<Boolean> remove(WorkspaceId workspace, UserId user);

    /** Inserts the invitation, or replaces the role offered to that e-mail in that workspace. */
    Mono<Invitation> invite(Invitation invitation);

    /** The invitations waiting for this (normalised) e-mail, in any workspace. */
    Flux<Invitation> invitationsFor(String email);

    /** The workspace's invitations not yet taken up. */
    Flux<Invitation> invitationsOf(WorkspaceId workspace);

    /** Forgets an invitation once taken up or withdrawn. */
    Mono<Void> removeInvitation(WorkspaceId workspace, String email);
}
