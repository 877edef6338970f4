package io.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import io.minicrm.application.CrmException;
import io.minicrm.application.inmemory.InMemoryAuditLog;
import io.minicrm.application.inmemory.InMemoryMembershipStore;
import io.minicrm.application.inmemory.InMemoryTokenStore;
import io.minicrm.application.inmemory.InMemoryUserStore;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.Me;
import io.minicrm.application.port.shared.NewToken;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.SignInClaims;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class IdentityServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    private final InMemoryMembershipStore memberships = new InMemoryMembershipStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final IdentityService identity =
            new IdentityService(new InMemoryUserStore(), memberships, tokens, audit, Clock.fixed(NOW, ZoneOffset.UTC));

    private Me signIn(String subject, String email) {
        return identity.signIn(new SignInClaims("https://issuer", subject, email, ""), "127.0.0.1")
                .block();
    }

    private Access ownerOf(Me me) {
        return identity.accessOf(me.user().id(), Optional.empty()).block();
    }

    private static Problem problemOf(Runnable call) {
        return catchThrowableOfType(CrmException.class, call::run).problem();
    }

    @Test
    void a_first_sign_in_makes_the_user_the_owner_of_a_workspace_of_their_own() {
        Me asha = signIn("asha", "Asha@Example.com");

        assertThat(asha.user().email()).isEqualTo("asha@example.com");
        assertThat(asha.memberships())
                .singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.OWNER));
    }

    @Test
    void signing_in_again_is_the_same_user_with_the_same_workspace() {
        Me first = signIn("asha", "asha@example.com");
        Me again = signIn("asha", "asha@example.com");

        assertThat(again).isEqualTo(first);
    }

    @Test
    void an_invited_email_joins_the_workspace_in_the_role_offered_at_its_sign_in() {
        Access asha = ownerOf(signIn("asha", "asha@example.com"));
        identity.invite(asha, "ravi@example.com", Role.VIEWER).block();

        Me ravi = signIn("ravi", "ravi@example.com");
        Access inAshas = identity.accessOf(ravi.user().id(), Optional.of(asha.workspace()))
                .block();

        assertThat(ravi.memberships()).hasSize(2);
        assertThat(inAshas.role()).isEqualTo(Role.VIEWER);
        assertThat(identity.invitations(asha).block()).isEmpty();
    }

    @Test
    void a_workspace_the_user_does_not_belong_to_is_not_found() {
        Me asha = signIn("asha", "asha@example.com");
        WorkspaceId ravis =
                signIn("ravi", "ravi@example.com").memberships().getFirst().workspace();

        Problem problem = problemOf(
                () -> identity.accessOf(asha.user().id(), Optional.of(ravis)).block());

        assertThat(problem).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void only_owners_manage_members_tokens_and_the_audit_log() {
        Access asha = ownerOf(signIn("asha", "asha@example.com"));
        identity.invite(asha, "ravi@example.com", Role.MARKETER).block();
        Me ravi = signIn("ravi", "ravi@example.com");
        Access marketer = identity.accessOf(ravi.user().id(), Optional.of(asha.workspace()))
                .block();

        assertThat(problemOf(() -> identity.members(marketer).block())).isInstanceOf(Problem.Forbidden.class);
        assertThat(problemOf(() ->
                        identity.invite(marketer, "x@example.com", Role.VIEWER).block()))
                .isInstanceOf(Problem.Forbidden.class);
        assertThat(problemOf(() -> identity.createToken(marketer, "ci", Role.VIEWER, Duration.ofDays(1))
                        .block()))
                .isInstanceOf(Problem.Forbidden.class);
        assertThat(problemOf(
                        () -> identity.auditLog(marketer, PageRequest.FIRST).block()))
                .isInstanceOf(Problem.Forbidden.class);
    }

    @Test
    void the_last_owner_cannot_be_demoted_or_removed() {
        Me asha = signIn("asha", "asha@example.com");
        Access owner = ownerOf(asha);

        assertThat(problemOf(() -> identity.changeRole(owner, asha.user().id(), Role.VIEWER)
                        .block()))
                .isInstanceOf(Problem.Conflict.class);
        assertThat(problemOf(
                        () -> identity.removeMember(owner, asha.user().id()).block()))
                .isInstanceOf(Problem.Conflict.class);
    }

    @Test
    void a_token_grants_its_workspace_and_role_and_is_stored_only_as_a_hash() {
        Access asha = ownerOf(signIn("asha", "asha@example.com"));

        NewToken made = identity.createToken(asha, "ci", Role.VIEWER, Duration.ofDays(30))
                .block();
        Access byToken = identity.accessOfToken(made.secret()).block();

        assertThat(made.secret()).startsWith("crm_");
        assertThat(made.token().hash()).doesNotContain(made.secret()).isNotEqualTo(made.secret());
        assertThat(byToken.workspace()).isEqualTo(asha.workspace());
        assertThat(byToken.role()).isEqualTo(Role.VIEWER);
        assertThat(identity.tokens(asha).block().getFirst().lastUsedAt()).contains(NOW);
    }

    @Test
    void a_token_acts_no_stronger_than_its_maker_now_and_not_at_all_once_they_left() {
        Access asha = ownerOf(signIn("asha", "asha@example.com"));
        identity.invite(asha, "ravi@example.com", Role.OWNER).block();
        Me ravi = signIn("ravi", "ravi@example.com");
        Access raviInAshas = identity.accessOf(ravi.user().id(), Optional.of(asha.workspace()))
                .block();
        NewToken made = identity.createToken(raviInAshas, "ci", Role.OWNER, Duration.ofDays(30))
                .block();

        identity.changeRole(asha, ravi.user().id(), Role.VIEWER).block();
        Access demoted = identity.accessOfToken(made.secret()).block();
        identity.removeMember(asha, ravi.user().id()).block();

        assertThat(demoted.role()).isEqualTo(Role.VIEWER);
        assertThat(identity.accessOfToken(made.secret()).blockOptional()).isEmpty();
    }

    @Test
    void a_revoked_token_and_an_unknown_secret_grant_nothing() {
        Access asha = ownerOf(signIn("asha", "asha@example.com"));
        NewToken made = identity.createToken(asha, "ci", Role.MARKETER, Duration.ofDays(1))
                .block();

        identity.revokeToken(asha, made.token().id()).block();

        assertThat(identity.accessOfToken(made.secret()).blockOptional()).isEmpty();
        assertThat(identity.accessOfToken("crm_guess").blockOptional()).isEmpty();
    }

    @Test
    void an_expired_token_grants_nothing() {
        Access asha = ownerOf(signIn("asha", "asha@example.com"));
        NewToken made = identity.createToken(asha, "ci", Role.MARKETER, Duration.ofDays(1))
                .block();
        IdentityService dayAfter = new IdentityService(
                new InMemoryUserStore(),
                memberships,
                tokens,
                audit,
                Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC));

        assertThat(dayAfter.accessOfToken(made.secret()).blockOptional()).isEmpty();
    }

    @Test
    void a_token_cannot_be_stronger_than_its_maker_and_lives_at_most_a_year() {
        Access asha = ownerOf(signIn("asha", "asha@example.com"));

        assertThat(problemOf(() -> identity.createToken(asha, " ", Role.VIEWER, Duration.ofDays(400))
                        .block()))
                .isInstanceOfSatisfying(
                        Problem.Invalid.class,
                        invalid -> assertThat(invalid.violations()).hasSize(2));
    }

    @Test
    void sign_ins_and_token_changes_are_in_the_owners_audit_log() {
        Access asha = ownerOf(signIn("asha", "asha@example.com"));
        NewToken made = identity.createToken(asha, "ci", Role.VIEWER, Duration.ofDays(1))
                .block();
        identity.revokeToken(asha.from("10.0.0.9"), made.token().id()).block();

        assertThat(identity.auditLog(asha, PageRequest.FIRST).block().items())
                .extracting(entry -> entry.action() + " from " + entry.from())
                .containsExactly("token-revoked from 10.0.0.9", "token-created from ", "sign-in from 127.0.0.1");
    }

    @Test
    void a_refused_sign_in_is_listed_to_the_owners_of_the_account_it_claimed_and_to_no_one_else() {
        Access asha = ownerOf(signIn("asha", "asha@example.com"));
        Access ravi = ownerOf(signIn("ravi", "ravi@example.com"));

        identity.signInRefused(
                        Optional.of(new SignInClaims("https://issuer", "asha", "asha@example.com", "")),
                        "the token has expired",
                        "203.0.113.7")
                .block();
        identity.signInRefused(
                        Optional.of(new SignInClaims("https://issuer", "nobody", "nobody@example.com", "")),
                        "its signature does not match",
                        "203.0.113.8")
                .block();

        assertThat(identity.auditLog(asha, PageRequest.FIRST).block().items())
                .first()
                .satisfies(entry -> {
                    assertThat(entry.at()).isEqualTo(NOW);
                    assertThat(entry.actor()).isEqualTo("asha@example.com");
                    assertThat(entry.action()).isEqualTo("sign-in-refused");
                    assertThat(entry.detail())
                            .isEqualTo("the token has expired (claimed subject asha of https://issuer)");
                    assertThat(entry.from()).isEqualTo("203.0.113.7");
                });
        assertThat(identity.auditLog(ravi, PageRequest.FIRST).block().items())
                .extracting(entry -> entry.action())
                .containsExactly("sign-in");
    }
}
