package io.minicrm.adapter.http.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.hostile.OpenApiSchemas.Operation;
import io.minicrm.adapter.http.hostile.RawHttp.Answer;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.SignInClaims;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route of the OpenAPI document, called by a stranger, by a viewer, and by a member of workspace A with the ids
 * of workspace B. Local mode is off, as with an identity provider configured: principals are API tokens.
 */
@MicronautTest
@Property(name = "crm.auth.local", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixApiTest {

    /** Routes a stranger may call; every other one of the document answers a stranger 401. */
    private static final Set<String> PUBLIC = Set.of("POST /api/auth/google");

    /** Authenticated by a vendor's signature, not a principal: a stranger is refused (401) as a viewer or member is. */
    private static final String SIGNED = "POST /api/delivery-receipts";

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;

    @Inject
    Identity identity;

    private final List<Operation> operations = OpenApiSchemas.load().operations();
    private RawHttp http;
    private String ownerA;
    private String viewerA;
    private final List<String> secretsOfB = new ArrayList<>();
    private final Map<String, String> idsOfB = new HashMap<>();

    @BeforeAll
    void twoWorkspaces() {
        http = new RawHttp(server.getURI(), Duration.ofSeconds(10));
        Access a = ownerOf("matrix-a");
        Access b = ownerOf("matrix-b");
        ownerA = token(a, Role.OWNER);
        viewerA = token(a, Role.VIEWER);
        String ownerB = token(b, Role.OWNER);
        String customer = created(ownerB, "/api/customers", "{\"email\":\"secret-of-b@example.com\"}");
        created(
                ownerB,
                "/api/orders",
                "{\"customerId\":\"" + customer
                        + "\",\"amount\":\"125.50\",\"externalRef\":\"b-order-1\",\"placedAt\":\"2026-11-01T10:00:00Z\"}");
        String segment = created(ownerB, "/api/segment-rules", "{\"name\":\"B only\",\"rule\":\"total_spend > 1\"}");
        String campaign = created(
                ownerB,
                "/api/campaigns",
                "{\"name\":\"B campaign\",\"segmentId\":\"" + segment + "\",\"message\":\"Hi {{first_name}}\"}");
        idsOfB.putAll(Map.of(
                "/api/customers",
                customer,
                "/api/segment-rules",
                segment,
                "/api/campaigns",
                campaign,
                "/api/status",
                campaign));
        secretsOfB.addAll(List.of(customer, segment, campaign, "secret-of-b@example.com", "b-order-1"));
        List<String> orders =
                ids(http.send("GET", "/api/orders", null, null, bearer(ownerB)).body());
        idsOfB.put("/api/orders", orders.getFirst());
        secretsOfB.add(orders.getFirst());
    }

    private Access ownerOf(String subject) {
        return identity.signIn(new SignInClaims("https://issuer", subject, subject + "@example.com", ""), "test")
                .flatMap(me -> identity.accessOf(me.user().id(), Optional.empty()))
                .block();
    }

    private String token(Access access, Role role) {
        return identity.createToken(access, "matrix", role, Duration.ofDays(1))
                .block()
                .secret();
    }

    private String created(String token, String path, String json) {
        Answer answer = http.send("POST", path, "application/json", json, bearer(token));
        assertThat(answer.status()).as(path + ": " + answer.body()).isBetween(200, 201);
        return ids(answer.body()).getFirst();
    }

    private static List<String> ids(String body) {
        List<String> ids = new ArrayList<>();
        Matcher id = ID.matcher(body);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private Answer call(Operation operation, String path, Map<String, String> headers) {
        boolean hasBody =
                !operation.method().equals("GET") && !operation.method().equals("DELETE");
        return http.send(operation.method(), path, hasBody ? "application/json" : null, hasBody ? "{}" : null, headers);
    }

    /** The route with B's id in its one path parameter, the id of the kind its path names. */
    private String withIdsOfB(String template) {
        String kind = template.substring(0, Math.max(template.indexOf("/{"), 0));
        String id = idsOfB.getOrDefault(kind, "no-such-id");
        return template.replaceAll("\\{[^}]+}", id);
    }

    @Test
    void a_stranger_is_refused_everywhere_but_on_the_public_routes() {
        List<String> open = new ArrayList<>();
        for (Operation operation : operations) {
            if (PUBLIC.contains(operation.name())) {
                continue;
            }
            Answer answer = call(operation, withIdsOfB(operation.path()), Map.of());
            if (answer.status() != 401 || !answer.isProblem()) {
                open.add(operation.name() + " answered " + answer.status());
            }
        }
        assertThat(operations).hasSizeGreaterThan(30);
        assertThat(open).isEmpty();
    }

    @Test
    void a_viewer_is_refused_every_change() {
        List<String> allowed = new ArrayList<>();
        for (Operation operation : operations) {
            boolean reads = operation.method().equals("GET")
                    || Set.of("/api/segment-rules/preview", "/api/segment-rules/validate", "/api/campaigns/messages")
                            .contains(operation.path())
                    // The assistant's routes only propose; nothing they answer is stored.
                    || operation.path().startsWith("/api/ai/");
            if (reads || PUBLIC.contains(operation.name()) || operation.name().equals(SIGNED)) {
                continue;
            }
            Answer answer = call(operation, withIdsOfB(operation.path()), bearer(viewerA));
            if (answer.status() != 403) {
                allowed.add(operation.name() + " answered " + answer.status());
            }
        }
        assertThat(allowed).isEmpty();
    }

    @Test
    void a_member_of_workspace_a_never_sees_or_changes_workspace_b_through_its_ids() {
        List<String> leaks = new ArrayList<>();
        for (Operation operation : operations) {
            if (PUBLIC.contains(operation.name())
                    || operation.name().equals(SIGNED)
                    || operation.path().equals("/api/events")) {
                continue;
            }
            String path = withIdsOfB(operation.path());
            Answer answer = call(operation, path, bearer(ownerA));
            boolean namesAnId = !path.equals(operation.path());
            if (namesAnId && answer.status() != 404 && answer.status() != 400) {
                leaks.add(operation.name() + " with B's id answered " + answer.status());
            }
            // A refusal names the id it was asked for; anything else of B's in an answer is a leak.
            secretsOfB.stream()
                    .filter(secret -> !path.contains(secret))
                    .filter(answer.body()::contains)
                    .forEach(secret -> leaks.add(operation.name() + " showed " + secret));
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void the_events_of_workspace_b_are_not_streamed_to_workspace_a() {
        Answer answer = http.send("GET", "/api/events", null, null, bearer(ownerA));

        assertThat(answer.status()).isEqualTo(200);
        secretsOfB.forEach(secret -> assertThat(answer.body()).doesNotContain(secret));
    }
}
