package io.minicrm.adapter.http.identity;

import java.util.List;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.shared.UserId;
import reactor.core.publisher.Mono;

/** {@code /api/members}: an owner's view of the workspace's members and invitations. */
@Controller("/api/members")
public class MemberController {

    private final Identity identity;
    private final IdentityMapper mapper;
    private final WorkspaceResolver workspaces;

    public MemberController(Identity identity, IdentityMapper mapper, WorkspaceResolver workspaces) {
        this.identity = identity;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** The workspace's members, oldest first. */
    @Get
    public Mono<List<MemberResponse>> list(HttpRequest<?> request) {
        return identity.members(workspaces.accessOf(request))
                .map(members -> members.stream().map(mapper::toResponse).toList());
    }

    /** Invites whoever signs in with the e-mail, in the role given; they join at their next sign-in. */
    @Post("/invitations")
    @Status(HttpStatus.CREATED)
    @InvalidResponse
    public Mono<InvitationResponse> invite(HttpRequest<?> request, @Body InvitationRequest body) {
        return Roles.parse("role", body.role())
                .flatMap(role -> identity.invite(workspaces.accessOf(request), body.email(), role))
                .map(mapper::toResponse);
    }

    /** Invitations not yet taken up. */
    @Get("/invitations")
    public Mono<List<InvitationResponse>> invitations(HttpRequest<?> request) {
        return identity.invitations(workspaces.accessOf(request))
                .map(list -> list.stream().map(mapper::toResponse).toList());
    }

    /** Changes a member's role; the last owner stays an owner. */
    @Put("/{user}")
    @InvalidResponse
    @NotFoundResponse
    public Mono<MemberResponse> changeRole(HttpRequest<?> request, String user, @Body RoleRequest body) {
        return Roles.parse("role", body.role())
                .flatMap(role -> identity.changeRole(workspaces.accessOf(request), new UserId(user), role))
                .map(mapper::toResponse);
    }

    /** Removes a member; the last owner stays. */
    @Delete("/{user}")
    @Status(HttpStatus.NO_CONTENT)
    @NotFoundResponse
    public Mono<Void> remove(HttpRequest<?> request, String user) {
        return identity.removeMember(workspaces.accessOf(request), new UserId(user));
    }
}
