package io.minicrm.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.out.AuditLog;
import io.minicrm.application.port.out.MembershipStore;
import io.minicrm.application.port.out.TokenStore;
import io.minicrm.application.port.out.UserStore;
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
import io.minicrm.application.port.shared.User;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Signs users in, decides what a request may do, and lets owners manage their workspace's members and tokens. */
public final class IdentityService implements Identity {

    private static final Duration LONGEST_TOKEN = Duration.ofDays(366);

    private final UserStore users;
    private final MembershipStore memberships;
    private final TokenStore tokens;
    private final AuditLog audit;
    private final Clock clock;

    public IdentityService(
            UserStore users, MembershipStore memberships, TokenStore tokens, AuditLog audit, Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Mono<Me> signIn(SignInClaims claims, String from) {
        Instant now = clock.instant();
        User candidate = new User(
                new UserId(TokenSecrets.randomHex(12)),
                claims.issuer(),
                claims.subject(),
                claims.email().strip().toLowerCase(Locale.ROOT),
                claims.name(),
                now);
        return users.findBySubject(claims.issuer(), claims.subject())
                .switchIfEmpty(Mono.defer(() -> users.insertIfAbsent(candidate)
                        .flatMap(user -> user.id().equals(candidate.id()) ? ownWorkspace(user, now) : Mono.just(user))))
                .flatMap(user -> takeUpInvitations(user, now).then(me(user.id())))
                .flatMap(me -> Mono.when(me.memberships().stream()
                                .map(m -> record(
                                        Optional.of(m.workspace()),
                                        "user:" + me.user().id(),
                                        "sign-in",
                                        me.user().email(),
                                        from))
                                .toList())
                        .thenReturn(me));
    }

    private Mono<User> ownWorkspace(User user, Instant now) {
        return memberships
                .save(new Membership(new WorkspaceId("w-" + TokenSecrets.randomHex(8)), user.id(), Role.OWNER, now))
                .thenReturn(user);
    }

    private Mono<Void> takeUpInvitations(User user, Instant now) {
        return memberships
                .invitationsFor(user.email())
                .concatMap(invitation -> memberships
                        .find(invitation.workspace(), user.id())
                        .switchIfEmpty(memberships.save(
                                new Membership(invitation.workspace(), user.id(), invitation.role(), now)))
                        .then(memberships.removeInvitation(invitation.workspace(), invitation.email())))
                .then();
    }

    @Override
    public Mono<Void> signInRefused(Optional<SignInClaims> claimed, String reason, String from) {
        String who = claimed.map(claims -> claims.email().isBlank() ? "unknown" : claims.email())
                .orElse("unknown");
        String detail = claimed.filter(claims -> !claims.subject().isBlank())
                .map(claims -> reason + " (claimed subject " + claims.subject() + " of " + claims.issuer() + ")")
                .orElse(reason);
        Mono<List<WorkspaceId>> named = claimed.map(claims -> users.findBySubject(claims.issuer(), claims.subject())
                        .flatMapMany(user -> memberships.ofUser(user.id()))
                        .map(Membership::workspace)
                        .collectList())
                .orElseGet(() -> Mono.just(List.of()));
        return named.flatMap(workspaces -> workspaces.isEmpty()
                ? record(Optional.empty(), who, "sign-in-refused", detail, from)
                : Mono.when(workspaces.stream()
                        .map(workspace -> record(Optional.of(workspace), who, "sign-in-refused", detail, from))
                        .toList()));
    }

    @Override
    public Mono<Me> me(UserId user) {
        return users.findById(user)
                .flatMap(found -> memberships.ofUser(user).collectList().map(list -> new Me(found, list)));
    }

    @Override
    public Mono<Access> accessOf(UserId user, Optional<WorkspaceId> wanted) {
        Mono<Membership> membership = wanted.map(workspace -> memberships.find(workspace, user))
                .orElseGet(() -> memberships.ofUser(user).next());
        return membership
                .map(found -> Access.ofUser(user, found.workspace(), found.role()))
                .switchIfEmpty(CrmException.notFound(
                        "workspace", wanted.map(WorkspaceId::value).orElse("")));
    }

    @Override
    public Mono<Access> accessOfToken(String secret) {
        Instant now = clock.instant();
        return tokens.findByHash(TokenSecrets.hash(secret))
                .filter(token -> token.isValidAt(now))
                .flatMap(token -> roleHeld(token)
                        .flatMap(role -> tokens.touch(token.id(), now)
                                .thenReturn(new Access(
                                        "token:" + token.id(), token.createdBy(), token.workspace(), role, ""))));
    }

    /**
     * A token acts no stronger than its maker does now, and not at all once they have left its workspace, so that a
     * demotion or a removal takes effect on their tokens at once. The local owner is no stored user: its tokens hold
     * their own role.
     */
    private Mono<Role> roleHeld(ApiToken token) {
        return memberships
                .find(token.workspace(), token.createdBy())
                .map(maker -> maker.role().covers(token.role()) ? token.role() : maker.role())
                .switchIfEmpty(users.findById(token.createdBy())
                        .hasElement()
                        .flatMap(signedInMaker -> signedInMaker ? Mono.empty() : Mono.just(token.role())));
    }

    @Override
    public Mono<List<Membership>> members(Access access) {
        return owner(access)
                .thenMany(memberships.ofWorkspace(access.workspace()))
                .collectList();
    }

    @Override
    public Mono<Invitation> invite(Access access, String email, Role role) {
        return owner(access)
                .then(CrmException.orRefuse(Email.parse("email", email)))
                .flatMap(address -> memberships.invite(
                        new Invitation(access.workspace(), address.value(), role, access.user(), clock.instant())))
                .flatMap(invited ->
                        audited(access, "member-invited", invited.email() + " as " + role.wireName(), invited));
    }

    @Override
    public Mono<List<Invitation>> invitations(Access access) {
        return owner(access)
                .thenMany(memberships.invitationsOf(access.workspace()))
                .collectList();
    }

    @Override
    public Mono<Membership> changeRole(Access access, UserId member, Role role) {
        return owner(access)
                .then(existingMember(access, member))
                .flatMap(current -> keepsAnOwner(access, current, role)
                        .then(memberships.save(new Membership(current.workspace(), member, role, current.since()))))
                .flatMap(changed -> audited(access, "member-role-changed", member + " to " + role.wireName(), changed));
    }

    @Override
    public Mono<Void> removeMember(Access access, UserId member) {
        return owner(access)
                .then(existingMember(access, member))
                .flatMap(current -> keepsAnOwner(access, current, Role.VIEWER))
                .then(memberships.remove(access.workspace(), member))
                .then(record(access, "member-removed", member.value()));
    }

    private Mono<Membership> existingMember(Access access, UserId member) {
        return memberships.find(access.workspace(), member).switchIfEmpty(CrmException.notFound("member", member));
    }

    private Mono<Void> keepsAnOwner(Access access, Membership current, Role next) {
        if (current.role() != Role.OWNER || next == Role.OWNER) {
            return Mono.empty();
        }
        return memberships
                .ofWorkspace(access.workspace())
                .filter(m -> m.role() == Role.OWNER)
                .count()
                .flatMap(owners -> owners > 1
                        ? Mono.empty()
                        : CrmException.refuse(new Problem.Conflict("a workspace keeps at least one owner")));
    }

    @Override
    public Mono<NewToken> createToken(Access access, String name, Role role, Duration lifetime) {
        List<Problem.Violation> invalid = new ArrayList<>();
        if (name.isBlank()) {
            invalid.add(new Problem.Violation("name", "a token has a name"));
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST_TOKEN) > 0) {
            invalid.add(new Problem.Violation("expires_in_days", "a token lives from 1 to 366 days"));
        }
        if (!invalid.isEmpty()) {
            return CrmException.refuse(new Problem.Invalid(invalid));
        }
        if (!access.role().covers(role)) {
            return CrmException.refuse(new Problem.Forbidden("a token cannot hold a role stronger than its maker's"));
        }
        Instant now = clock.instant();
        String secret = TokenSecrets.newSecret();
        ApiToken token = new ApiToken(
                new TokenId(TokenSecrets.randomHex(8)),
                access.workspace(),
                role,
                name.strip(),
                TokenSecrets.hash(secret),
                access.user(),
                now,
                now.plus(lifetime),
                Optional.empty(),
                Optional.empty());
        return owner(access)
                .then(tokens.save(token))
                .flatMap(saved ->
                        audited(access, "token-created", saved.id() + " " + saved.name(), new NewToken(saved, secret)));
    }

    @Override
    public Mono<List<ApiToken>> tokens(Access access) {
        return owner(access).thenMany(tokens.ofWorkspace(access.workspace())).collectList();
    }

    @Override
    public Mono<ApiToken> revokeToken(Access access, TokenId token) {
        return owner(access)
                .then(tokens.revoke(access.workspace(), token, clock.instant()))
                .switchIfEmpty(CrmException.notFound("token", token))
                .flatMap(revoked -> audited(access, "token-revoked", revoked.id() + " " + revoked.name(), revoked));
    }

    @Override
    public Mono<Void> audit(Access access, String action, String detail, String from) {
        return record(access.from(from), action, detail);
    }

    @Override
    public Mono<Page<AuditEntry>> auditLog(Access access, PageRequest page) {
        return owner(access).then(audit.list(access.workspace(), page));
    }

    private static Mono<Void> owner(Access access) {
        return access.role().mayManageWorkspace()
                ? Mono.empty()
                : CrmException.refuse(new Problem.Forbidden("only the workspace's owners may do this"));
    }

    private <T> Mono<T> audited(Access access, String action, String detail, T value) {
        return record(access, action, detail).thenReturn(value);
    }

    private Mono<Void> record(Access access, String action, String detail) {
        return record(Optional.of(access.workspace()), access.actor(), action, detail, access.from());
    }

    private Mono<Void> record(
            Optional<WorkspaceId> workspace, String actor, String action, String detail, String from) {
        return audit.record(new AuditEntry(workspace, clock.instant(), actor, action, detail, from));
    }
}
