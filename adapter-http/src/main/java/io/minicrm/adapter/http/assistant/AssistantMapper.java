package io.minicrm.adapter.http.assistant;

import io.minicrm.adapter.http.segment.SegmentMapper;
import io.minicrm.application.port.in.MessageVariants;
import io.minicrm.application.port.in.ModelUsage;
import io.minicrm.application.port.in.RuleProposal;
import io.minicrm.application.port.in.TagProposal;
import io.minicrm.application.port.in.WordedFigures;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps the assistant's proposals to their JSON form. */
@Mapper(uses = SegmentMapper.class)
public interface AssistantMapper {

    @Mapping(target = "rule", source = "rule", qualifiedByName = "json")
    Responses.RuleProposalResponse toResponse(RuleProposal proposal);

    Responses.VariantsResponse toResponse(MessageVariants variants);

    Responses.WordedFiguresResponse toResponse(WordedFigures figures);

    Responses.TagsResponse toResponse(TagProposal tags);

    Responses.UsageResponse toResponse(ModelUsage usage);
}
