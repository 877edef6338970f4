package io.minicrm.adapter.http.campaign;

import java.util.stream.Stream;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/** {@code /api/campaigns/messages}: message templates written for a campaign's goal and audience. */
@Controller("/api/campaigns/messages")
public class MessageProposalController {

    private static final int DEFAULT_COUNT = 3;

    private final Campaigns campaigns;
    private final WorkspaceResolver workspaces;

    public MessageProposalController(Campaigns campaigns, WorkspaceResolver workspaces) {
        this.campaigns = campaigns;
        this.workspaces = workspaces;
    }

    /** Proposes {@code count} message templates (3 unless asked) for the goal, the segment and the channel. */
    @Post
    @InvalidResponse
    public Mono<MessageProposalsResponse> propose(HttpRequest<?> request, @Body MessageProposalRequest body) {
        Either<Problem.Invalid, SegmentId> segment =
                Parameters.required("segmentId", body.segmentId()).map(SegmentId::new);
        Either<Problem.Invalid, Channel> channel = Parameters.choice(Channel.class, "channel", body.channel());
        var violations = Parameters.violations(Stream.of(segment, channel));
        if (!violations.isEmpty()) {
            return CrmException.refuse(new Problem.Invalid(violations));
        }
        return campaigns
                .proposeMessages(
                        workspaces.workspaceOf(request),
                        body.goal(),
                        segment.get(),
                        channel.get(),
                        body.count() == null ? DEFAULT_COUNT : body.count())
                .collectList()
                .onErrorMap(JsonNames::inRequestTerms)
                .map(MessageProposalsResponse::new);
    }
}
