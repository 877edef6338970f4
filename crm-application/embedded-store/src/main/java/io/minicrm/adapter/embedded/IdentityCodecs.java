package io.minicrm.adapter.embedded;

import io.minicrm.application.port.shared.ApiToken;
import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.Invitation;
import io.minicrm.application.port.shared.Membership;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.TokenId;
import io.minicrm.application.port.shared.User;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.workspace.WorkspaceId;

/** Users, memberships, invitations, API tokens and audit entries in the file's binary form (form 1 each). */
final class IdentityCodecs {

    private static final int VERSION = 1;

    private IdentityCodecs() {}

    static final Codec<User> USERS = new Codec<>() {
        @Override
        public byte[] encode(User user) {
            return new Output()
                    .number(VERSION)
                    .text(user.id().value())
                    .text(user.issuer())
                    .text(user.subject())
                    .text(user.email())
                    .text(user.name())
                    .instant(user.createdAt())
                    .bytes();
        }

        @Override
        public User decode(byte[] bytes) {
            Input input = Codec.versioned(bytes, VERSION, "user");
            return new User(
                    new UserId(input.text()), input.text(), input.text(), input.text(), input.text(), input.instant());
        }
    };

    static final Codec<Membership> MEMBERSHIPS = new Codec<>() {
        @Override
        public byte[] encode(Membership membership) {
            return new Output()
                    .number(VERSION)
                    .text(membership.workspace().value())
                    .text(membership.user().value())
                    .text(membership.role().name())
                    .instant(membership.since())
                    .bytes();
        }

        @Override
        public Membership decode(byte[] bytes) {
            Input input = Codec.versioned(bytes, VERSION, "membership");
            return new Membership(
                    new WorkspaceId(input.text()),
                    new UserId(input.text()),
                    Role.valueOf(input.text()),
                    input.instant());
        }
    };

    static final Codec<Invitation> INVITATIONS = new Codec<>() {
        @Override
        public byte[] encode(Invitation invitation) {
            return new Output()
                    .number(VERSION)
                    .text(invitation.workspace().value())
                    .text(invitation.email())
                    .text(invitation.role().name())
                    .text(invitation.invitedBy().value())
                    .instant(invitation.at())
                    .bytes();
        }

        @Override
        public Invitation decode(byte[] bytes) {
            Input input = Codec.versioned(bytes, VERSION, "invitation");
            return new Invitation(
                    new WorkspaceId(input.text()),
                    input.text(),
                    Role.valueOf(input.text()),
                    new UserId(input.text()),
                    input.instant());
        }
    };

    static final Codec<ApiToken> TOKENS = new Codec<>() {
        @Override
        public byte[] encode(ApiToken token) {
            return new Output()
                    .number(VERSION)
                    .text(token.id().value())
                    .text(token.workspace().value())
                    .text(token.role().name())
                    .text(token.name())
                    .text(token.hash())
                    .text(token.createdBy().value())
                    .instant(token.createdAt())
                    .instant(token.expiresAt())
                    .optional(token.revokedAt(), Output::instant)
                    .optional(token.lastUsedAt(), Output::instant)
                    .bytes();
        }

        @Override
        public ApiToken decode(byte[] bytes) {
            Input input = Codec.versioned(bytes, VERSION, "API token");
            return new ApiToken(
                    new TokenId(input.text()),
                    new WorkspaceId(input.text()),
                    Role.valueOf(input.text()),
                    input.text(),
                    input.text(),
                    new UserId(input.text()),
                    input.instant(),
                    input.instant(),
                    input.optional(Input::instant),
                    input.optional(Input::instant));
        }
    };

    static final Codec<AuditEntry> AUDIT_ENTRIES = new Codec<>() {
        @Override
        public byte[] encode(AuditEntry entry) {
            return new Output()
                    .number(VERSION)
                    .optional(entry.workspace(), (output, workspace) -> output.text(workspace.value()))
                    .instant(entry.at())
                    .text(entry.actor())
                    .text(entry.action())
                    .text(entry.detail())
                    .text(entry.from())
                    .bytes();
        }

        @Override
        public AuditEntry decode(byte[] bytes) {
            Input input = Codec.versioned(bytes, VERSION, "audit entry");
            return new AuditEntry(
                    input.optional(Input::text).map(WorkspaceId::new),
                    input.instant(),
                    input.text(),
                    input.text(),
                    input.text(),
                    input.text());
        }
    };
}
