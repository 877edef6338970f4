package io.minicrm.adapter.http.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.minicrm.adapter.http.FieldAlias;
import io.minicrm.application.CrmException;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/**
 * Turns a campaign request into what the application takes, refusing it with every field that cannot be read. It
 * fills in what the original system's clients leave out: the channel is EMAIL, an e-mail's subject the intent or else
 * the name, and {@code ruleId} stands for {@code segmentId}.
 */
final class CampaignRequestReader {

    private static final FieldAlias SEGMENT = new FieldAlias("segmentId", "ruleId");

    /** The campaign to create, if the client gave one when to send it, and the field that named its segment. */
    record Read(NewCampaign campaign, Optional<Instant> scheduledAt, String segmentField) {}

    private CampaignRequestReader() {}

    static Mono<Read> read(CampaignRequest request) {
        String segmentField = SEGMENT.usedIn(request.segmentId(), request.ruleId());
        Either<Problem.Invalid, SegmentId> segment = SEGMENT.read(request.segmentId(), request.ruleId())
                .flatMap(id -> Parameters.required(segmentField, id.orElse(null)))
                .map(SegmentId::new);
        Either<Problem.Invalid, Channel> channel = given(request.channel()).isEmpty()
                ? Either.right(Channel.EMAIL)
                : Parameters.choice(Channel.class, "channel", request.channel());
        Either<Problem.Invalid, Optional<Instant>> scheduledAt = request.scheduledAt() == null
                ? Either.right(Optional.empty())
                : Parameters.instant("scheduledAt", request.scheduledAt()).map(Optional::of);
        Map<String, String> variables = request.variables() == null ? Map.of() : request.variables();
        List<Problem.Violation> violations = Stream.concat(
                        Parameters.violations(Stream.of(segment, channel, scheduledAt)).stream(),
                        variables.entrySet().stream()
                                .filter(variable -> variable.getValue() == null)
                                .map(variable -> new Problem.Violation(
                                        "variables." + variable.getKey(), "a variable needs a value")))
                .toList();
        if (!violations.isEmpty()) {
            return CrmException.refuse(new Problem.Invalid(violations));
        }
        return Mono.just(new Read(
                new NewCampaign(
                        request.name(),
                        segment.get(),
                        channel.get(),
                        subject(request, channel.get()),
                        request.message(),
                        variables),
                scheduledAt.get(),
                segmentField));
    }

    // An e-mail needs a subject, which the original system's campaigns did not have: their intent, or else their name,
    // serves.
    private static Optional<String> subject(CampaignRequest request, Channel channel) {
        Optional<String> subject = given(request.subject());
        return channel == Channel.EMAIL && subject.isEmpty()
                ? given(request.intent()).or(() -> given(request.name()))
                : subject;
    }

    private static Optional<String> given(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(stripped -> !stripped.isEmpty());
    }
}
