package io.minicrm.adapter.http.web.campaign;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.views.ModelAndView;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.web.Htmx;
import io.minicrm.adapter.http.web.Pages;
import io.minicrm.adapter.http.web.Section;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.shared.Access;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

/**
 * {@code /campaigns/new}: writing a campaign from a segment, with its messages previewed for a few of the segment's
 * customers as they are typed; saving it sends it now, schedules it or keeps it as a draft, then shows the history.
 */
@Hidden
@Controller("/campaigns")
public class NewCampaignPage {

    private static final int SAMPLES = 3;

    private final Pages pages;
    private final Campaigns campaigns;
    private final Segments segments;
    private final SegmentNames segmentNames;
    private final Identity identity;
    private final WorkspaceResolver workspaces;

    public NewCampaignPage(
            Pages pages,
            Campaigns campaigns,
            Segments segments,
            SegmentNames segmentNames,
            Identity identity,
            WorkspaceResolver workspaces) {
        this.pages = pages;
        this.campaigns = campaigns;
        this.segments = segments;
        this.segmentNames = segmentNames;
        this.identity = identity;
        this.workspaces = workspaces;
    }

    @Get(uri = "/new", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> form(HttpRequest<?> request) {
        return formModel(workspaces.workspaceOf(request), CampaignForm.EMPTY, Map.of())
                .flatMap(model -> pages.render(request, "New campaign", Section.CAMPAIGNS, "campaign/new", model));
    }

    /** Saves the campaign and goes to the history; the form again, each refusal beside its field, otherwise. */
    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> save(HttpRequest<?> request, @Body CampaignForm form) {
        Access access = workspaces.accessOf(request);
        FormReading reading = FormReading.of(form);
        if (!reading.errors().isEmpty() || reading.campaign().isEmpty()) {
            return refused(access.workspace(), form, reading.errors());
        }
        return saved(request, access, reading.campaign().get(), form, reading)
                .map(campaign -> toHistory(request))
                .onErrorResume(CrmException.class, refusal -> refused(access.workspace(), form, errors(refusal)));
    }

    /** The messages as a few of the segment's customers would get them, or why they cannot be written so. */
    @Post(uri = "/preview", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> preview(
            HttpRequest<?> request, @Body CampaignForm form) {
        WorkspaceId workspace = workspaces.workspaceOf(request);
        FormReading reading = FormReading.of(form);
        if (reading.campaign().isEmpty()) {
            return Mono.just(preview(List.of(), List.of("Choose a segment to see its customers’ messages.")));
        }
        NewCampaign campaign = reading.campaign().get();
        return segments.preview(workspace, campaign.segment(), SAMPLES)
                .flatMap(audience -> campaigns.previewMessages(workspace, campaign, audience.sample()))
                .map(samples -> samples.isEmpty()
                        ? preview(List.of(), List.of("No customer is in this segment yet."))
                        : preview(samples.stream().map(PreviewRow::of).toList(), List.of()))
                .onErrorResume(CrmException.class, refusal -> Mono.just(preview(List.of(), messages(refusal))));
    }

    private Mono<Campaign> saved(
            HttpRequest<?> request, Access access, NewCampaign campaign, CampaignForm form, FormReading reading) {
        WorkspaceId workspace = access.workspace();
        String author = request.getUserPrincipal().map(Principal::getName).orElse("");
        return campaigns.create(workspace, campaign, author).flatMap(draft -> switch (form.action()) {
            case "send" ->
                campaigns
                        .queue(workspace, draft.id())
                        .flatMap(queued -> identity.audit(
                                        access,
                                        "campaign-queued",
                                        queued.id().value() + " " + queued.name(),
                                        access.from())
                                .thenReturn(queued));
            // A refused time cancels the new draft, so that no unwanted campaign waits, as the API does.
            case "schedule" ->
                campaigns
                        .schedule(workspace, draft.id(), reading.scheduledAt().orElseThrow())
                        .onErrorResume(
                                CrmException.class,
                                refusal ->
                                        campaigns.cancel(workspace, draft.id()).then(Mono.error(refusal)));
            default -> Mono.just(draft);
        });
    }

    private Mono<HttpResponse<ModelAndView<Map<String, Object>>>> refused(
            WorkspaceId workspace, CampaignForm form, Map<String, String> errors) {
        return formModel(workspace, form, errors).map(model -> Pages.fragment("campaign/form", model));
    }

    private Mono<Map<String, Object>> formModel(WorkspaceId workspace, CampaignForm form, Map<String, String> errors) {
        return segmentNames
                .of(workspace)
                .zipWith(campaigns.placeholders(workspace))
                .map(choices -> Map.of(
                        "form", form, "errors", errors, "segments", choices.getT1(), "placeholders", choices.getT2()));
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> toHistory(HttpRequest<?> request) {
        return Htmx.redirect(request, "/campaigns");
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> preview(List<PreviewRow> rows, List<String> notes) {
        return Pages.fragment("campaign/preview", Map.of("rows", rows, "notes", notes));
    }

    /** Each refusal under the form field it belongs to; several for one field are joined. */
    private static Map<String, String> errors(CrmException refusal) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refusal.problem() instanceof Problem.Invalid invalid) {
            invalid.violations()
                    .forEach(violation -> errors.merge(
                            FormReading.fieldOf(violation.path()), violation.message(), (a, b) -> a + "; " + b));
        } else {
            errors.put("form", refusal.problem().message());
        }
        return errors;
    }

    private static List<String> messages(CrmException refusal) {
        return refusal.problem() instanceof Problem.Invalid invalid
                ? invalid.violations().stream()
                        .map(violation -> FormReading.fieldOf(violation.path()) + ": " + violation.message())
                        .toList()
                : List.of(refusal.problem().message());
    }
}
