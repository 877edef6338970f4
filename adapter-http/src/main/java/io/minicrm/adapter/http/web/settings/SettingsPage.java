package io.minicrm.adapter.http.web.settings;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.views.ModelAndView;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.web.Formats;
import io.minicrm.adapter.http.web.Page;
import io.minicrm.adapter.http.web.Pages;
import io.minicrm.adapter.http.web.Section;
import io.minicrm.adapter.http.web.settings.SettingsForms.InvitationForm;
import io.minicrm.adapter.http.web.settings.SettingsForms.RoleForm;
import io.minicrm.adapter.http.web.settings.SettingsForms.TokenForm;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.TokenId;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.shared.Problem;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code /settings}: an owner's members (change a role, remove), invitations and API tokens. Each change answers the
 * part of the page it changed, with the service's refusal in words beside its form.
 */
@Hidden
@Controller("/settings")
public class SettingsPage {

    private static final int TOKEN_DAYS = 30;

    private final Pages pages;
    private final Identity identity;
    private final Segments segments;
    private final WorkspaceResolver workspaces;

    public SettingsPage(Pages pages, Identity identity, Segments segments, WorkspaceResolver workspaces) {
        this.pages = pages;
        this.identity = identity;
        this.segments = segments;
        this.workspaces = workspaces;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> settings(HttpRequest<?> request) {
        Access access = workspaces.accessOf(request);
        if (!access.role().mayManageWorkspace()) {
            return pages.page(request, "Settings", Section.SETTINGS).map(SettingsPage::ownersOnly);
        }
        return Mono.zip(members(access), invitations(access), tokens(access))
                .flatMap(all -> pages.render(
                        request,
                        "Settings",
                        Section.SETTINGS,
                        "settings/page",
                        Map.of(
                                "members", all.getT1(),
                                "invitations", all.getT2(),
                                "tokens", all.getT3(),
                                "attributes", attributes())));
    }

    @Post(
            uri = "/members/{user}/role",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> changeRole(
            HttpRequest<?> request, String user, @Body RoleForm form) {
        Access access = workspaces.accessOf(request);
        return role(form.role())
                .flatMap(role -> identity.changeRole(access, new UserId(user), role))
                .then(Mono.defer(() -> membersPart(access, Map.of())))
                .onErrorResume(CrmException.class, refused -> membersPart(access, problem(refused)));
    }

    @Post(
            uri = "/members/{user}/remove",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> remove(HttpRequest<?> request, String user) {
        Access access = workspaces.accessOf(request);
        return identity.removeMember(access, new UserId(user))
                .then(Mono.defer(() -> membersPart(access, Map.of())))
                .onErrorResume(CrmException.class, refused -> membersPart(access, problem(refused)));
    }

    @Post(uri = "/invitations", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> invite(
            HttpRequest<?> request, @Body InvitationForm form) {
        Access access = workspaces.accessOf(request);
        String email = form.email() == null ? "" : form.email();
        return role(form.role())
                .flatMap(role -> identity.invite(access, email, role))
                .then(Mono.defer(() -> invitationsPart(access, Map.of())))
                .onErrorResume(
                        CrmException.class, refused -> invitationsPart(access, with(problem(refused), "email", email)));
    }

    @Post(uri = "/tokens", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> createToken(
            HttpRequest<?> request, @Body TokenForm form) {
        Access access = workspaces.accessOf(request);
        int days = form.days() == null ? TOKEN_DAYS : form.days();
        return role(form.role())
                .flatMap(role -> identity.createToken(
                        access, form.name() == null ? "" : form.name(), role, Duration.ofDays(days)))
                .flatMap(made -> tokensPart(
                        access,
                        Map.of(
                                "secret",
                                made.secret(),
                                "secretName",
                                made.token().name())))
                .onErrorResume(CrmException.class, refused -> tokensPart(access, problem(refused)));
    }

    @Post(uri = "/tokens/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> revokeToken(HttpRequest<?> request, String id) {
        Access access = workspaces.accessOf(request);
        return identity.revokeToken(access, new TokenId(id))
                .then(Mono.defer(() -> tokensPart(access, Map.of())))
                .onErrorResume(CrmException.class, refused -> tokensPart(access, problem(refused)));
    }

    private Mono<List<MemberRow>> members(Access access) {
        return identity.members(access)
                .flatMapMany(Flux::fromIterable)
                .concatMap(membership -> identity.me(membership.user())
                        .map(me -> MemberRow.of(
                                membership, me.user(), membership.user().equals(access.user()))))
                .collectList();
    }

    private Mono<List<InvitationRow>> invitations(Access access) {
        return identity.invitations(access)
                .map(list -> list.stream().map(InvitationRow::of).toList());
    }

    private Mono<List<TokenRow>> tokens(Access access) {
        Instant now = Instant.now();
        return identity.tokens(access)
                .map(list -> list.stream().map(token -> TokenRow.of(token, now)).toList());
    }

    private Mono<HttpResponse<ModelAndView<Map<String, Object>>>> membersPart(Access access, Map<String, Object> more) {
        return members(access).map(rows -> Pages.fragment("settings/members", with(more, "members", rows)));
    }

    private Mono<HttpResponse<ModelAndView<Map<String, Object>>>> invitationsPart(
            Access access, Map<String, Object> more) {
        return invitations(access).map(rows -> Pages.fragment("settings/invitations", with(more, "invitations", rows)));
    }

    private Mono<HttpResponse<ModelAndView<Map<String, Object>>>> tokensPart(Access access, Map<String, Object> more) {
        return tokens(access).map(rows -> Pages.fragment("settings/tokens", with(more, "tokens", rows)));
    }

    private static Mono<Role> role(String name) {
        return Role.ofWireName(name == null ? "" : name)
                .map(Mono::just)
                .orElseGet(() -> CrmException.refuse(Problem.Invalid.of("role", "choose owner, marketer or viewer")));
    }

    private static Map<String, Object> problem(CrmException refused) {
        return Map.of("problem", refused.problem().message());
    }

    /** The custom attributes rules may name, by name, with their types in words. */
    private List<Map.Entry<String, String>> attributes() {
        return segments.catalogue().attributes().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(attribute -> Map.entry(
                        FieldCatalogue.ATTRIBUTE_PREFIX + attribute.getKey(),
                        Formats.words(attribute.getValue().name())))
                .toList();
    }

    private static Map<String, Object> with(Map<String, Object> model, String key, Object value) {
        var all = new HashMap<>(model);
        all.put(key, value);
        return all;
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> ownersOnly(Page page) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.FORBIDDEN)
                .body(new ModelAndView<>("settings/owners-only", Map.<String, Object>of("page", page)))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }
}
