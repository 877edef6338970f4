package io.minicrm.adapter.http.segment;

import java.util.LinkedHashMap;
import java.util.Map;

import io.minicrm.adapter.http.customer.CustomerMapper;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.AudiencePreview;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.TextLimits;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Maps segments, checked rules and audience previews to and from their JSON form. */
@Mapper(uses = CustomerMapper.class)
public interface SegmentMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "rule", source = "rule", qualifiedByName = "json")
    @Mapping(target = "text", source = "rule", qualifiedByName = "text")
    SegmentResponse toResponse(Segment segment);

    @Mapping(target = "rule", source = "rule", qualifiedByName = "json")
    PreviewResponse toResponse(AudiencePreview preview);

    default ValidationResponse toValidation(Rule rule) {
        return new ValidationResponse(true, json(rule), text(rule));
    }

    /**
     * The draft the client sent; a rule given as the original system's logicType and conditions names the segment after
     * itself when the client gave no name.
     */
    default SegmentDraft toDraft(SegmentRequest request, String createdBy) {
        if (!ConditionList.given(request)) {
            return new SegmentDraft(request.name(), request.description(), RuleSources.of(request.rule()), createdBy);
        }
        if (request.rule() != null) {
            throw new CrmException(
                    Problem.Invalid.of("rule", "give the rule once: as rule, or as logicType and conditions"));
        }
        Rule rule = ConditionList.read(request.logicType(), request.conditions());
        return new SegmentDraft(
                request.name() == null ? nameAfter(rule) : request.name(),
                request.description(),
                new RuleSource.Tree(rule),
                createdBy);
    }

    /** The rule's text as a name, cut short with an ellipsis where it is longer than a name may be. */
    static String nameAfter(Rule rule) {
        String text = RulePrinter.print(rule);
        int limit = TextLimits.SEGMENT_NAME.maxLength();
        return TextLimits.length(text) <= limit ? text : text.substring(0, text.offsetByCodePoints(0, limit - 1)) + "…";
    }

    @Named("json")
    default Map<String, Object> json(Rule rule) {
        return RuleJson.write(rule);
    }

    @Named("text")
    default String text(Rule rule) {
        return RulePrinter.print(rule);
    }

    /** Every channel, in a fixed order, so that the JSON reads the same each time. */
    default Map<String, Long> skippedBy(Map<Channel, Long> skipped) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            ordered.put(channel.name(), skipped.getOrDefault(channel, 0L));
        }
        return ordered;
    }
}
