package io.minicrm.adapter.http.importing;

import java.time.Instant;
import java.util.Optional;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import io.minicrm.application.port.shared.ImportJob;

/** Maps import jobs to their JSON form. */
@Mapper
public interface ImportMapper {

    @Mapping(target = "id", source = "id.value")
    ImportJobResponse toResponse(ImportJob job);

    default String text(Optional<String> text) {
        return text.orElse(null);
    }

    default Instant instant(Optional<Instant> instant) {
        return instant.orElse(null);
    }
}
