package io.minicrm.adapter.http.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.minicrm.application.CrmException;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/** Turns a campaign request into what the application takes, refusing it with every field that cannot be read. */
final class CampaignRequestReader {

    /** The campaign to create and, if the client gave one, when to send it. */
    record Read(NewCampaign campaign, Optional<Instant> scheduledAt) {
    }

    private CampaignRequestReader() {
    }

    static Mono<Read> read(CampaignRequest request) {
        Either<Problem.Invalid, SegmentId> segment = Parameters.required("segmentId", request.segmentId()).map(SegmentId::new);
        Either<Problem.Invalid, Channel> channel = Parameters.choice(Channel.class, "channel", request.channel());
        Either<Problem.Invalid, Optional<Instant>> scheduledAt = request.scheduledAt() == null
                ? Either.right(Optional.empty()) : Parameters.instant("scheduledAt", request.scheduledAt()).map(Optional::of);
        Map<String, String> variables = request.variables() == null ? Map.of() : request.variables();
        List<Problem.Violation> violations = Stream.concat(
                Parameters.violations(Stream.of(segment, channel, scheduledAt)).stream(),
                variables.entrySet().stream().filter(variable -> variable.getValue() == null)
                        .map(variable -> new Problem.Violation("variables." + variable.getKey(), "a variable needs a value"))).toList();
        if (!violations.isEmpty()) {
            return CrmException.refuse(new Problem.Invalid(violations));
        }
        return Mono.just(new Read(new NewCampaign(request.name(), segment.get(), channel.get(),
                Optional.ofNullable(request.subject()), request.message(), variables), scheduledAt.get()));
    }
}
