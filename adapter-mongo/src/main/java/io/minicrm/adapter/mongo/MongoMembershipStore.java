package io.minicrm.adapter.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.out.MembershipStore;
import io.minicrm.application.port.shared.Invitation;
import io.minicrm.application.port.shared.Membership;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps memberships (one per workspace and user) and invitations (one per workspace and e-mail) in MongoDB. */
public final class MongoMembershipStore implements MembershipStore {

    private static final Bson OLDEST_FIRST = Sorts.ascending("since", "ws", "user");

    private final MongoCollection<Document> members;
    private final MongoCollection<Document> invitations;

    MongoMembershipStore(MongoCollection<Document> members, MongoCollection<Document> invitations) {
        this.members = members;
        this.invitations = invitations;
    }

    @Override
    public Mono<Membership> save(Membership membership) {
        return Mono.from(members.replaceOne(
                        member(membership.workspace(), membership.user()),
                        IdentityCodec.membership(membership),
                        new ReplaceOptions().upsert(true)))
                .thenReturn(membership);
    }

    @Override
    public Mono<Membership> find(WorkspaceId workspace, UserId user) {
        return Mono.from(members.find(member(workspace, user)).first()).map(IdentityCodec::membership);
    }

    @Override
    public Flux<Membership> ofUser(UserId user) {
        return Flux.from(members.find(Filters.eq("user", user.value())).sort(OLDEST_FIRST))
                .map(IdentityCodec::membership);
    }

    @Override
    public Flux<Membership> ofWorkspace(WorkspaceId workspace) {
        return Flux.from(members.find(Filters.eq("ws", workspace.value())).sort(OLDEST_FIRST))
                .map(IdentityCodec::membership);
    }

    @Override
    public Mono<Boolean> remove(WorkspaceId workspace, UserId user) {
        return Mono.from(members.deleteOne(member(workspace, user))).map(result -> result.getDeletedCount() > 0);
    }

    @Override
    public Mono<Invitation> invite(Invitation invitation) {
        return Mono.from(invitations.replaceOne(
                        invited(invitation.workspace(), invitation.email()),
                        IdentityCodec.invitation(invitation),
                        new ReplaceOptions().upsert(true)))
                .thenReturn(invitation);
    }

    @Override
    public Flux<Invitation> invitationsFor(String email) {
        return Flux.from(invitations.find(Filters.eq("email", email)).sort(Sorts.ascending("at", "email")))
                .map(IdentityCodec::invitation);
    }

    @Override
    public Flux<Invitation> invitationsOf(WorkspaceId workspace) {
        return Flux.from(invitations.find(Filters.eq("ws", workspace.value())).sort(Sorts.ascending("at", "email")))
                .map(IdentityCodec::invitation);
    }

    @Override
    public Mono<Void> removeInvitation(WorkspaceId workspace, String email) {
        return Mono.from(invitations.deleteOne(invited(workspace, email))).then();
    }

    private static Document member(WorkspaceId workspace, UserId user) {
        return new Document("ws", workspace.value()).append("user", user.value());
    }

    private static Document invited(WorkspaceId workspace, String email) {
        return new Document("ws", workspace.value()).append("email", email);
    }
}
