package io.minicrm.adapter.mongo;

import java.util.Optional;

import io.minicrm.application.port.shared.ApiToken;
import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.Invitation;
import io.minicrm.application.port.shared.Membership;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.TokenId;
import io.minicrm.application.port.shared.User;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;

/** Users, memberships, invitations, API tokens and audit entries as documents (version 1), and back. */
final class IdentityCodec {

    private IdentityCodec() {}

    static Document user(User user) {
        return Bsons.versioned(1)
                .append("id", user.id().value())
                .append("iss", user.issuer())
                .append("sub", user.subject())
                .append("email", user.email())
                .append("name", user.name())
                .append("createdAt", Bsons.instant(user.createdAt()));
    }

    static User user(Document document) {
        return new User(
                new UserId(document.getString("id")),
                document.getString("iss"),
                document.getString("sub"),
                document.getString("email"),
                document.getString("name"),
                Bsons.instant(document.get("createdAt")));
    }

    static Document membership(Membership membership) {
        return Bsons.versioned(1)
                .append("ws", membership.workspace().value())
                .append("user", membership.user().value())
                .append("role", membership.role().name())
                .append("since", Bsons.instant(membership.since()));
    }

    static Membership membership(Document document) {
        return new Membership(
                new WorkspaceId(document.getString("ws")),
                new UserId(document.getString("user")),
                Role.valueOf(document.getString("role")),
                Bsons.instant(document.get("since")));
    }

    static Document invitation(Invitation invitation) {
        return Bsons.versioned(1)
                .append("ws", invitation.workspace().value())
                .append("email", invitation.email())
                .append("role", invitation.role().name())
                .append("invitedBy", invitation.invitedBy().value())
                .append("at", Bsons.instant(invitation.at()));
    }

    static Invitation invitation(Document document) {
        return new Invitation(
                new WorkspaceId(document.getString("ws")),
                document.getString("email"),
                Role.valueOf(document.getString("role")),
                new UserId(document.getString("invitedBy")),
                Bsons.instant(document.get("at")));
    }

    static Document token(ApiToken token) {
        Document document = Bsons.versioned(1)
                .append("id", token.id().value())
                .append("ws", token.workspace().value())
                .append("role", token.role().name())
                .append("name", token.name())
                .append("hash", token.hash())
                .append("createdBy", token.createdBy().value())
                .append("createdAt", Bsons.instant(token.createdAt()))
                .append("expiresAt", Bsons.instant(token.expiresAt()));
        Bsons.putPresent(document, "revokedAt", token.revokedAt().map(Bsons::instant));
        Bsons.putPresent(document, "lastUsedAt", token.lastUsedAt().map(Bsons::instant));
        return document;
    }

    static ApiToken token(Document document) {
        return new ApiToken(
                new TokenId(document.getString("id")),
                new WorkspaceId(document.getString("ws")),
                Role.valueOf(document.getString("role")),
                document.getString("name"),
                document.getString("hash"),
                new UserId(document.getString("createdBy")),
                Bsons.instant(document.get("createdAt")),
                Bsons.instant(document.get("expiresAt")),
                Bsons.instant(document, "revokedAt"),
                Bsons.instant(document, "lastUsedAt"));
    }

    static Document auditEntry(AuditEntry entry) {
        Document document = Bsons.versioned(1)
                .append("at", Bsons.instant(entry.at()))
                .append("actor", entry.actor())
                .append("action", entry.action())
                .append("detail", entry.detail())
                .append("from", entry.from());
        Bsons.putPresent(document, "ws", entry.workspace().map(WorkspaceId::value));
        return document;
    }

    static AuditEntry auditEntry(Document document) {
        return new AuditEntry(
                Optional.ofNullable(document.getString("ws")).map(WorkspaceId::new),
                Bsons.instant(document.get("at")),
                document.getString("actor"),
                document.getString("action"),
                document.getString("detail"),
                document.getString("from"));
    }
}
