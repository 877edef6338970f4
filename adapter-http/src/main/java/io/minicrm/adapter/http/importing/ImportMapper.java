package io.minicrm.adapter.http.importing;

import java.time.Instant;
import java.util.Optional;

import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportJob;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Maps import jobs to their JSON form; a failure becomes its sentence (place first) and the place on its own. */
@Mapper
public interface ImportMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "failure", source = "failure", qualifiedByName = "sentence")
    @Mapping(target = "failureLine", source = "failure", qualifiedByName = "line")
    @Mapping(target = "failureColumn", source = "failure", qualifiedByName = "column")
    ImportJobResponse toResponse(ImportJob job);

    @Named("sentence")
    default String sentence(Optional<ImportFailure> failure) {
        return failure.map(ImportFailure::describe).orElse(null);
    }

    @Named("line")
    default Long line(Optional<ImportFailure> failure) {
        return failure.flatMap(ImportFailure::line).orElse(null);
    }

    @Named("column")
    default String column(Optional<ImportFailure> failure) {
        return failure.flatMap(ImportFailure::column).orElse(null);
    }

    default String text(Optional<String> text) {
        return text.orElse(null);
    }

    default Instant instant(Optional<Instant> instant) {
        return instant.orElse(null);
    }
}
