package io.minicrm.adapter.http.identity;

import io.minicrm.application.port.shared.ApiToken;
import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.Invitation;
import io.minicrm.application.port.shared.Membership;
import jakarta.inject.Singleton;

/** Maps members, invitations, tokens and audit entries to JSON. */
@Singleton
class IdentityMapper {

    MemberResponse toResponse(Membership membership) {
        return new MemberResponse(membership.user().value(), membership.role().wireName(), membership.since());
    }

    InvitationResponse toResponse(Invitation invitation) {
        return new InvitationResponse(
                invitation.email(),
                invitation.role().wireName(),
                invitation.invitedBy().value(),
                invitation.at());
    }

    TokenResponse toResponse(ApiToken token, String secret) {
        return new TokenResponse(
                token.id().value(),
                token.name(),
                token.role().wireName(),
                token.createdBy().value(),
                token.createdAt(),
                token.expiresAt(),
                token.revokedAt().orElse(null),
                token.lastUsedAt().orElse(null),
                secret);
    }

    AuditEntryResponse toResponse(AuditEntry entry) {
        return new AuditEntryResponse(entry.at(), entry.actor(), entry.action(), entry.detail(), entry.from());
    }
}
