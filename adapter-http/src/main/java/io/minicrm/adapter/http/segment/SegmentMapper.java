package io.minicrm.adapter.http.segment;

import java.util.Map;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

import io.minicrm.adapter.http.customer.CustomerMapper;
import io.minicrm.application.port.in.AudiencePreview;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RulePrinter;
import io.minicrm.domain.segment.Segment;

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

    default SegmentDraft toDraft(SegmentRequest request, String createdBy) {
        return new SegmentDraft(request.name(), request.description(), RuleSources.of(request.rule()), createdBy);
    }

    @Named("json")
    default Map<String, Object> json(Rule rule) {
        return RuleJson.write(rule);
    }

    @Named("text")
    default String text(Rule rule) {
        return RulePrinter.print(rule);
    }
}
