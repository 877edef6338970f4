package io.minicrm.adapter.http.security;

import java.time.Instant;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.minicrm.adapter.http.CrmExceptionHandler;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.application.port.shared.ReceiptSignatures;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * Authenticates a vendor's receipt callback by its signature instead of a user's principal: the workspace named in
 * {@value ReceiptSignatures#WORKSPACE_HEADER} ({@code default} without it) must have signed the very bytes of the body,
 * recently. Anything else is answered 401 before the body is read as receipts, so nothing of it is applied.
 */
// Below the route too, so that no spelling of its path that the router takes reaches it unsigned.
@ServerFilter(
        value = {PublicRoutes.RECEIPTS, PublicRoutes.RECEIPTS + "/**"},
        methods = HttpMethod.POST)
public final class VendorSignatureFilter {

    private static final String WORKSPACE = VendorSignatureFilter.class.getName() + ".workspace";

    private final ReceiptSignatures signatures;

    VendorSignatureFilter(ReceiptSignatures signatures) {
        this.signatures = signatures;
    }

    /** The workspace whose vendor signed the request, for the receipt route, which only signed requests reach. */
    public static WorkspaceId signerOf(HttpRequest<?> request) {
        return request.getAttribute(WORKSPACE, WorkspaceId.class)
                .orElseThrow(() -> new IllegalStateException("a receipt callback reached its route unsigned"));
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<ProblemDetails> verify(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Optional<WorkspaceId> workspace = workspaceOf(request);
        Optional<String> refusal = workspace.isEmpty()
                ? Optional.of("no workspace is named " + request.getHeaders().get(ReceiptSignatures.WORKSPACE_HEADER))
                : signatures.refusal(
                        workspace.get(),
                        request.getHeaders().getFirst(ReceiptSignatures.HEADER),
                        body == null ? new byte[0] : body,
                        Instant.now());
        if (refusal.isPresent()) {
            return CrmExceptionHandler.respond(
                            HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", refusal.get(), null)
                    .header("WWW-Authenticate", "HMAC-SHA256 header=\"" + ReceiptSignatures.HEADER + "\"");
        }
        request.setAttribute(WORKSPACE, workspace.get());
        return null;
    }

    private static Optional<WorkspaceId> workspaceOf(HttpRequest<?> request) {
        String named = request.getHeaders()
                .getFirst(ReceiptSignatures.WORKSPACE_HEADER)
                .map(String::strip)
                .orElse(WorkspaceId.DEFAULT.value());
        try {
            return Optional.of(new WorkspaceId(named));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
