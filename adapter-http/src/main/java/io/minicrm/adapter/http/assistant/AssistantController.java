package io.minicrm.adapter.http.assistant;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.campaign.Parameters;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.adapter.http.docs.UnanswerableResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Assistant;
import io.minicrm.application.port.in.VariantBrief;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/**
 * {@code /api/ai}: proposals from the assistant, offline or by the configured language model. Each is for review;
 * nothing is saved or sent by these routes. A request the assistant cannot answer is a 422 saying why.
 */
@Controller("/api/ai")
public class AssistantController {

    private static final int DEFAULT_VARIANTS = 3;

    private final Assistant assistant;
    private final AssistantMapper mapper;
    private final WorkspaceResolver workspaces;

    public AssistantController(Assistant assistant, AssistantMapper mapper, WorkspaceResolver workspaces) {
        this.assistant = assistant;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** A rule for an audience described in words, validated, with its preview and how it was read. */
    @Post("/segment-rules")
    @InvalidResponse
    @UnanswerableResponse
    public Mono<Responses.RuleProposalResponse> proposeRule(HttpRequest<?> request, @Body DescriptionRequest body) {
        return Mono.defer(() -> assistant.proposeRule(
                        workspaces.workspaceOf(request), Objects.requireNonNullElse(body.description(), "")))
                .map(mapper::toResponse);
    }

    /** Two or three message templates for an objective, a segment and a channel. */
    @Post("/message-variants")
    @InvalidResponse
    @NotFoundResponse
    @UnanswerableResponse
    public Mono<Responses.VariantsResponse> proposeVariants(HttpRequest<?> request, @Body VariantsRequest body) {
        Either<Problem.Invalid, SegmentId> segment =
                Parameters.required("segmentId", body.segmentId()).map(SegmentId::new);
        Either<Problem.Invalid, Channel> channel = Parameters.choice(Channel.class, "channel", body.channel());
        var violations = Parameters.violations(Stream.of(segment, channel));
        if (!violations.isEmpty()) {
            return CrmException.refuse(new Problem.Invalid(violations));
        }
        VariantBrief brief = new VariantBrief(
                Objects.requireNonNullElse(body.objective(), ""),
                segment.get(),
                channel.get(),
                body.count() == null ? DEFAULT_VARIANTS : body.count());
        return assistant.proposeVariants(workspaces.workspaceOf(request), brief).map(mapper::toResponse);
    }

    /** A campaign's performance in words, with the figures the engine computed. */
    @Get("/campaigns/{id}/summary")
    @NotFoundResponse
    @UnanswerableResponse
    public Mono<Responses.WordedFiguresResponse> summarise(HttpRequest<?> request, String id) {
        return assistant
                .summarise(workspaces.workspaceOf(request), new CampaignId(id))
                .map(mapper::toResponse);
    }

    /** The weekday and hour a segment's customers order most, with the counts. */
    @Get("/segments/{id}/send-time")
    @NotFoundResponse
    @UnanswerableResponse
    public Mono<Responses.WordedFiguresResponse> suggestSendTime(HttpRequest<?> request, String id) {
        return assistant
                .suggestSendTime(workspaces.workspaceOf(request), new SegmentId(id))
                .map(mapper::toResponse);
    }

    /** A rule for customers like a seed segment's but not in it, with its preview. */
    @Post("/segments/{id}/lookalike")
    @NotFoundResponse
    @UnanswerableResponse
    public Mono<Responses.RuleProposalResponse> proposeLookalike(HttpRequest<?> request, String id) {
        return assistant
                .proposeLookalike(workspaces.workspaceOf(request), new SegmentId(id))
                .map(mapper::toResponse);
    }

    /** Tags for a campaign from the standard vocabulary and the tags the body adds. */
    @Post("/campaigns/{id}/tags")
    @InvalidResponse
    @NotFoundResponse
    @UnanswerableResponse
    public Mono<Responses.TagsResponse> proposeTags(HttpRequest<?> request, String id, @Body TagsRequest body) {
        List<String> extra = body.vocabulary() == null
                ? List.of()
                : body.vocabulary().stream()
                        .map(tag -> Objects.requireNonNullElse(tag, ""))
                        .toList();
        return assistant
                .proposeTags(workspaces.workspaceOf(request), new CampaignId(id), extra)
                .map(mapper::toResponse);
    }

    /** Today's language-model tokens of the workspace against its daily budget. */
    @Get("/usage")
    public Mono<Responses.UsageResponse> usage(HttpRequest<?> request) {
        return assistant.usage(workspaces.workspaceOf(request)).map(mapper::toResponse);
    }
}
