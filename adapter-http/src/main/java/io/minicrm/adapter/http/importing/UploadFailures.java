package io.minicrm.adapter.http.importing;

import io.micronaut.http.exceptions.ContentLengthExceededException;

/** Finds why an upload broke off, so that a body over the size limit is answered 413 however deep the reader wrapped it. */
final class UploadFailures {

    private UploadFailures() {}

    static Throwable cause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContentLengthExceededException tooLarge) {
                return tooLarge;
            }
        }
        return failure;
    }
}
