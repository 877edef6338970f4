package io.minicrm.application.importing;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.ImportFailure;

/** A file refused whole, at a place in it; it becomes a {@link CrmException} once its job records it. */
final class FileRefused extends RuntimeException {

    private final transient ImportFailure failure;

    FileRefused(ImportFailure failure) {
        super(failure.describe(), null, false, false);
        this.failure = failure;
    }

    ImportFailure failure() {
        return failure;
    }

    CrmException toCrmException() {
        return new CrmException(failure.toProblem());
    }
}
