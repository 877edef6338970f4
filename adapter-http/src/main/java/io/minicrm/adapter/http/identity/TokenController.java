package io.minicrm.adapter.http.identity;

import java.time.Duration;
import java.util.List;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.shared.TokenId;
import reactor.core.publisher.Mono;

/** {@code /api/tokens}: API tokens for scripts and CI, made, listed and revoked by an owner. */
@Controller("/api/tokens")
public class TokenController {

    private static final int DEFAULT_DAYS = 30;

    private final Identity identity;
    private final IdentityMapper mapper;
    private final WorkspaceResolver workspaces;

    public TokenController(Identity identity, IdentityMapper mapper, WorkspaceResolver workspaces) {
        this.identity = identity;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** Makes a token; its secret is in this answer and never again. */
    @Post
    @Status(HttpStatus.CREATED)
    @InvalidResponse
    public Mono<TokenResponse> create(HttpRequest<?> request, @Body TokenRequest body) {
        int days = body.expiresInDays() == null ? DEFAULT_DAYS : body.expiresInDays();
        return Roles.parse("role", body.role())
                .flatMap(role -> identity.createToken(
                        workspaces.accessOf(request),
                        body.name() == null ? "" : body.name(),
                        role,
                        Duration.ofDays(days)))
                .map(made -> mapper.toResponse(made.token(), made.secret()));
    }

    /** The workspace's tokens, newest first, without their secrets. */
    @Get
    public Mono<List<TokenResponse>> list(HttpRequest<?> request) {
        return identity.tokens(workspaces.accessOf(request))
                .map(tokens -> tokens.stream()
                        .map(token -> mapper.toResponse(token, null))
                        .toList());
    }

    /** Revokes a token at once. */
    @Delete("/{id}")
    @NotFoundResponse
    public Mono<TokenResponse> revoke(HttpRequest<?> request, String id) {
        return identity.revokeToken(workspaces.accessOf(request), new TokenId(id))
                .map(token -> mapper.toResponse(token, null));
    }
}
