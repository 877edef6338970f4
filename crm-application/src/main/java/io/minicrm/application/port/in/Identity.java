package io.minicrm.application.port.in;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.ApiToken;
import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.Invitation;
import io.minicrm.application.port.shared.Me;
import io.minicrm.application.port.shared.Membership;
import io.minicrm.application.port.shared.NewToken;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.SignInClaims;
import io.minicrm.application.port.shared.TokenId;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Who may act where: sign-in, the workspace and role a request acts in, members, invitations, API tokens and the audit
 * log. Managing members and tokens and reading the audit log need the owner's role; anything else refused for a role
 * is a {@code Forbidden} problem, and a workspace the caller does not belong to is not found.
 */
public interface Identity {

    /**
     * Signs in the person the provider vouched for: a first sign-in makes the user and a workspace of their own (as its
     * owner); every sign-in takes up the invitations waiting for their e-mail. {@code from} says where the request
     * came from, for the audit log.
     */
    Mono<Me> signIn(SignInClaims claims, String from);

    /**
     * Records a sign-in that was refused (a bad token, an unverified e-mail), with no user made: whom it claimed to be,
     * if anyone, why it was refused and where it came from. It is listed in the workspaces of the user it names, so
     * that their owners see attempts on that account; one naming no known user belongs to no workspace.
     */
    Mono<Void> signInRefused(Optional<SignInClaims> claimed, String reason, String from);

    /** The user and their workspaces; empty when no such user. */
    Mono<Me> me(UserId user);

    /**
     * The access of a signed-in user: in {@code wanted} when given, else in the workspace they belong to for the
     * longest. Not found when they are not a member of the workspace wanted (or of any).
     */
    Mono<Access> accessOf(UserId user, Optional<WorkspaceId> wanted);

    /**
     * The access an API token's secret grants, in a role no stronger than its maker's now; empty when no such token, it
     * is revoked or expired, or its maker has left the workspace.
     */
    Mono<Access> accessOfToken(String secret);

    Mono<List<Membership>> members(Access access);

    /** Offers {@code role} in the caller's workspace to whoever signs in with {@code email}. */
    Mono<Invitation> invite(Access access, String email, Role role);

    Mono<List<Invitation>> invitations(Access access);

    /** Changes a member's role; an owner cannot demote the workspace's last owner. */
    Mono<Membership> changeRole(Access access, UserId member, Role role);

    Mono<Void> removeMember(Access access, UserId member);

    /** Makes a token for the caller's workspace in a role no stronger than the caller's, valid for {@code lifetime}. */
    Mono<NewToken> createToken(Access access, String name, Role role, Duration lifetime);

    Mono<List<ApiToken>> tokens(Access access);

    Mono<ApiToken> revokeToken(Access access, TokenId token);

    /** Adds an entry to the caller's workspace's audit log (a campaign queued or cancelled, for instance). */
    Mono<Void> audit(Access access, String action, String detail, String from);

    Mono<Page<AuditEntry>> auditLog(Access access, PageRequest page);
}
